package nl.reflectiewerkplaats.perspective;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface GroupSpaceRepository extends MongoRepository<GroupSpace, String> {

    Optional<GroupSpace> findByRoundIdAndSide(String roundId, GroupSide side);

    List<GroupSpace> findByRoundId(String roundId);
}
