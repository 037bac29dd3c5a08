package dev.panel.ratings;

import dev.panel.scorecard.Recommendation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of imported datasets: written in JDBC batches during an import, read back a page at a time
 * (keyset paging on id, so in file order) for exports and calibration.
 */
@Singleton
class DatasetRatings {

    static final int BATCH = 1000;
    static final int PAGE = 2000;
    private static final String INSERT = """
            INSERT INTO imported_rating (dataset_id, source_row, candidate, interviewer, competency, rating, scale, rated_at,
                                         stage, role, recommendation)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT id, candidate, interviewer, competency, rating, scale, rated_at, stage, role, recommendation
            FROM imported_rating""";

    private final JdbcOperations jdbc;

    DatasetRatings(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes rows of one dataset in batches, on the caller's transaction's connection; close it to write the last batch. */
    Inserter inserter(long datasetId) {
        return new Inserter(jdbc.getConnection(), datasetId);
    }

    /** Hands the dataset's ratings that pass the dates and role of the filter to {@code sink}; returns the count. */
    long each(long datasetId, RatingFilter filter, @Nullable String roleName, String datasetName, Consumer<RatingRow> sink) {
        long count = 0;
        long after = 0;
        int read;
        do {
            SqlConditions where = new SqlConditions()
                    .add("dataset_id = ?", datasetId)
                    .add("id > ?", after)
                    .when(roleName, "role = ?")
                    .when(filter.start(), "rated_at >= ?")
                    .when(filter.end(), "rated_at < ?");
            List<RatingRow> page = new ArrayList<>(PAGE);
            long[] lastId = {after};
            jdbc.prepareStatement(SELECT + where.where() + " ORDER BY id LIMIT " + PAGE, statement -> {
                where.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        lastId[0] = rows.getLong(1);
                        page.add(row(rows, datasetName));
                    }
                }
                return null;
            });
            read = page.size();
            page.forEach(sink);
            count += read;
            after = lastId[0];
        } while (read == PAGE);
        return count;
    }

    private static RatingRow row(ResultSet rows, String datasetName) throws SQLException {
        String candidate = rows.getString(2);
        String interviewer = rows.getString(3);
        Timestamp ratedAt = rows.getTimestamp(7);
        String recommendation = rows.getString(10);
        return new RatingRow(datasetName + ":" + candidate, candidate, null, rows.getString(9), rows.getString(8),
                datasetName + ":" + interviewer, interviewer, rows.getString(4), null, rows.getInt(5), rows.getInt(6),
                recommendation == null ? null : Recommendation.valueOf(recommendation), null,
                ratedAt == null ? null : ratedAt.toInstant());
    }

    /** A prepared INSERT that sends a batch every {@link #BATCH} rows. */
    static final class Inserter implements AutoCloseable {

        private final PreparedStatement statement;
        private final long datasetId;
        private int pending;

        private Inserter(Connection connection, long datasetId) {
            this.datasetId = datasetId;
            try {
                this.statement = connection.prepareStatement(INSERT);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not prepare the insert of imported ratings", e);
            }
        }

        void add(ImportedRating rating) {
            try {
                statement.setLong(1, datasetId);
                statement.setLong(2, rating.sourceRow());
                statement.setString(3, rating.candidate());
                statement.setString(4, rating.interviewer());
                statement.setString(5, rating.competency());
                statement.setInt(6, rating.rating());
                statement.setInt(7, rating.scale());
                if (rating.ratedAt() == null) {
                    statement.setNull(8, Types.TIMESTAMP);
                } else {
                    statement.setTimestamp(8, Timestamp.from(rating.ratedAt()));
                }
                statement.setString(9, rating.stage());
                statement.setString(10, rating.role());
                statement.setString(11, rating.recommendation() == null ? null : rating.recommendation().name());
                statement.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store imported row " + rating.sourceRow(), e);
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() {
            try (statement) {
                flush();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store imported ratings", e);
            }
        }
    }
}
