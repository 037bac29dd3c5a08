package dev.panel.ratings;

import dev.panel.common.SqlConditions;
import dev.panel.scorecard.Recommendation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.slf4j.LoggerFactory;

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

    static final int BATCH = 500;
    static final int PAGE = 2000;
    private static final String VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT = """
            INSERT INTO imported_rating (dataset_id, source_row, candidate, interviewer, competency, rating, scale, rated_at,
                                         stage, role, recommendation)
            VALUES\s""" + VALUES;
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

    /**
     * Hands the dataset's ratings that pass the dates and role of the filter to {@code sink}; returns the count.
     * Pages are windows of {@link #PAGE} ids between the dataset's first and last: MariaDB served
     * {@code dataset_id = ? AND id > ? LIMIT n} by reading the dataset from its start every time (a million rows
     * took 43 s), while a bounded window is a short range of the (dataset_id, id) index.
     */
    long each(long datasetId, RatingFilter filter, @Nullable String roleName, String datasetName, Consumer<RatingRow> sink) {
        long[] bounds = jdbc.prepareStatement("SELECT MIN(id), MAX(id) FROM imported_rating WHERE dataset_id = ?", statement -> {
            statement.setLong(1, datasetId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2)};
            }
        });
        long count = 0;
        for (long after = bounds[0] - 1; after < bounds[1]; after += PAGE) {
            SqlConditions where = new SqlConditions()
                    .add("dataset_id = ?", datasetId)
                    .add("id > ?", after)
                    .add("id <= ?", after + PAGE)
                    .when(roleName, "role = ?")
                    .when(filter.start(), "rated_at >= ?")
                    .when(filter.end(), "rated_at < ?");
            List<RatingRow> page = new ArrayList<>(PAGE);
            jdbc.prepareStatement(SELECT + where.where() + " ORDER BY id", statement -> {
                where.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        page.add(row(rows, datasetName));
                    }
                }
                return null;
            });
            page.forEach(sink);
            count += page.size();
        }
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

    /**
     * Sends rows {@link #BATCH} at a time as one multi-row INSERT. A JDBC batch of single-row INSERTs makes one
     * round trip a row on MySQL unless the URL asks Connector/J to rewrite it (rewriteBatchedStatements), which
     * Panel cannot count on; measured here, 60,000 rows took 16 s that way.
     */
    static final class Inserter implements AutoCloseable {

        private final Connection connection;
        private final long datasetId;
        private final List<ImportedRating> pending = new ArrayList<>(BATCH);
        private PreparedStatement full;

        private Inserter(Connection connection, long datasetId) {
            this.connection = connection;
            this.datasetId = datasetId;
        }

        void add(ImportedRating rating) {
            pending.add(rating);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            try {
                if (pending.size() == BATCH) {
                    if (full == null) {
                        full = connection.prepareStatement(insertOf(BATCH));
                    }
                    bindAndRun(full);
                } else {
                    try (PreparedStatement last = connection.prepareStatement(insertOf(pending.size()))) {
                        bindAndRun(last);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store imported rows " + pending.get(0).sourceRow() + " to "
                        + pending.get(pending.size() - 1).sourceRow(), e);
            }
            pending.clear();
        }

        private void bindAndRun(PreparedStatement statement) throws SQLException {
            int p = 1;
            for (ImportedRating rating : pending) {
                statement.setLong(p++, datasetId);
                statement.setLong(p++, rating.sourceRow());
                statement.setString(p++, rating.candidate());
                statement.setString(p++, rating.interviewer());
                statement.setString(p++, rating.competency());
                statement.setInt(p++, rating.rating());
                statement.setInt(p++, rating.scale());
                if (rating.ratedAt() == null) {
                    statement.setNull(p++, Types.TIMESTAMP);
                } else {
                    statement.setTimestamp(p++, Timestamp.from(rating.ratedAt()));
                }
                statement.setString(p++, rating.stage());
                statement.setString(p++, rating.role());
                statement.setString(p++, rating.recommendation() == null ? null : rating.recommendation().name());
            }
            statement.executeUpdate();
        }

        private static String insertOf(int rows) {
            return INSERT + (", " + VALUES).repeat(rows - 1);
        }

        @Override
        public void close() {
            try {
                flush();
            } finally {
                if (full != null) {
                    try {
                        full.close();
                    } catch (SQLException e) {
                        LoggerFactory.getLogger(DatasetRatings.class).debug("Closing the import statement failed", e);
                    }
                }
            }
        }
    }
}
