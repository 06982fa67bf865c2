package nl.reflectiewerkplaats.perspective;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface BookRepository extends MongoRepository<Book, String> {

    List<Book> findByBackpackIdOrderByAddedAtAsc(String backpackId);
}
