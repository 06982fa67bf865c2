package nl.reflectiewerkplaats.live;

import java.util.List;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The two-node tests against a real three-member MongoDB replica set (Testcontainers).
 * Skipped, not failed, where no Docker engine runs (as on the development machines here).
 */
@Testcontainers(disabledWithoutDocker = true)
class RealReplicaSetTwoNodeTests extends TwoNodeLiveTests {

    private Network network;
    private List<GenericContainer<?>> members = List.of();

    @Override
    String startStore() {
        network = Network.newNetwork();
        members = List.of(member("mongo1"), member("mongo2"), member("mongo3"));
        members.forEach(GenericContainer::start);
        try {
            var result = members.getFirst().execInContainer("mongosh", "--quiet", "--eval",
                    "rs.initiate({_id: 'rs0', members: [{_id: 0, host: 'mongo1:27017', priority: 2},"
                            + " {_id: 1, host: 'mongo2:27017'}, {_id: 2, host: 'mongo3:27017'}]});"
                            + " while (!rs.status().members.some(m => m.stateStr === 'PRIMARY')) { sleep(200) }");
            if (result.getExitCode() != 0) {
                throw new IllegalStateException("replica set not initiated: " + result.getStderr());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        // the app talks to the primary directly: the members know each other by names only the network resolves
        return "mongodb://localhost:" + members.getFirst().getMappedPort(27017)
                + "/reflectiewerkplaats?directConnection=true";
    }

    private GenericContainer<?> member(String name) {
        return new GenericContainer<>("mongo:8.0").withNetwork(network).withNetworkAliases(name)
                .withCommand("--replSet", "rs0", "--bind_ip_all").withExposedPorts(27017)
                .waitingFor(Wait.forLogMessage(".*Waiting for connections.*", 1));
    }

    @Override
    void stopStore() {
        members.forEach(GenericContainer::stop);
        if (network != null) {
            network.close();
        }
    }
}
