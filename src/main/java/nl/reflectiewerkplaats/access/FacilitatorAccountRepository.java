package nl.reflectiewerkplaats.access;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface FacilitatorAccountRepository extends MongoRepository<FacilitatorAccount, String> {

    Optional<FacilitatorAccount> findByUsername(String username);

    List<FacilitatorAccount> findAllByOrderByDisplayNameAsc();

    Optional<FacilitatorAccount> findByLinkTokenHash(String linkTokenHash);
}
