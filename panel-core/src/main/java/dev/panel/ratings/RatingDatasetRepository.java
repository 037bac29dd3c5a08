package dev.panel.ratings;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RatingDatasetRepository extends GenericRepository<RatingDataset, Long> {

    RatingDataset save(RatingDataset dataset);

    RatingDataset update(RatingDataset dataset);

    Optional<RatingDataset> findByName(String name);

    List<RatingDataset> listOrderByName();
}
