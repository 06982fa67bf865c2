package nl.reflectiewerkplaats.history;

import org.springframework.data.mongodb.repository.MongoRepository;

interface HistoryHeadRepository extends MongoRepository<HistoryHead, String> {
}
