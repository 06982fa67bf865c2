package nl.reflectiewerkplaats.sincelast;

import org.springframework.data.mongodb.repository.MongoRepository;

/** By meeting id: a meeting has one choice. */
interface SinceLastShareRepository extends MongoRepository<SinceLastShare, String> {
}
