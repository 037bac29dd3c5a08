package dev.panel.ratings;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.CsvRows;
import dev.panel.common.InvalidInputException;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.Reader;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Imports historical ratings from another tool as a named dataset. The whole file is one transaction: rows are
 * written in batches as they are read, and a single bad row rolls everything back, with every bad row named.
 */
@Singleton
@TransactionRetry
public class RatingImportService {

    public static final int NAME_LIMIT = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final RatingDatasetRepository datasets;
    private final DatasetRatings rows;
    private final AuditLog audit;
    private final Clock clock;

    RatingImportService(RatingDatasetRepository datasets, DatasetRatings rows, AuditLog audit, Clock clock) {
        this.datasets = datasets;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the CSV and stores its ratings as the dataset {@code name}; refuses a taken name (409) or a file with bad rows (400). */
    @Transactional
    public RatingDataset importCsv(Actor actor, String name, Reader csv) {
        actor.require("import ratings", Role.RECRUITER, Role.HIRING_MANAGER);
        String datasetName = Texts.required(name, "The dataset name", NAME_LIMIT);
        datasets.findByName(datasetName).ifPresent(RatingImportService::refuseTaken);
        RatingDataset dataset;
        try {
            dataset = datasets.save(new RatingDataset(null, datasetName, 0, actor.username(), clock.instant()));
        } catch (DataAccessException raced) {
            throw new ConflictException("A dataset named \"" + datasetName + "\" was imported a moment ago; choose another name.");
        }
        RatingCsv.Result result;
        try (DatasetRatings.Inserter inserter = rows.inserter(dataset.id())) {
            result = RatingCsv.read(csv, inserter::add);
        }
        if (result.badRows() > 0) {
            throw new CsvRows.Result(result.ratings(), result.badRows(), result.problems()).refusal();
        }
        if (result.ratings() == 0) {
            throw new InvalidInputException("The file has a header row but no ratings under it; nothing was imported.");
        }
        RatingDataset saved = datasets.update(dataset.withRatingCount(Math.toIntExact(result.ratings())));
        audit.record(actor.username(), "ratings.imported", "dataset:" + saved.id(), "\"" + datasetName + "\", " + result.ratings() + " ratings");
        return saved;
    }

    private static void refuseTaken(RatingDataset existing) {
        throw new ConflictException("A dataset named \"" + existing.name() + "\" was imported by " + existing.importedBy() + " on "
                + DAY.format(existing.importedAt()) + "; choose another name.");
    }
}
