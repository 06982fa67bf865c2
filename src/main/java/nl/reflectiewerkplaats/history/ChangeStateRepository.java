package nl.reflectiewerkplaats.history;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ChangeStateRepository extends MongoRepository<ChangeState, String> {
}
