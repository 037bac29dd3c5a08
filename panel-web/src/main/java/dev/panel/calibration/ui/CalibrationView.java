package dev.panel.calibration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.calibration.CalibrationResult.CompetencyStats;
import dev.panel.calibration.CalibrationService;
import dev.panel.common.InvalidInputException;
import dev.panel.common.PanelException;
import dev.panel.export.CalibrationWorkbook;
import dev.panel.export.ScorecardExport;
import dev.panel.ratings.RatingDataset;
import dev.panel.ratings.RatingFilter;
import dev.panel.ratings.RatingService;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import dev.panel.security.ReaderTime;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Named;

import java.util.Locale;
import java.util.concurrent.ExecutorService;

/**
 * Whether the interviewers agree, who rates harsh or soft, and what each candidate's scores look like once the
 * panel's severity is taken out; for a role, a period, or an imported dataset. The workbooks behind it are
 * prepared in the background with their progress shown.
 */
@Prototype
@Route("calibration")
@Menu(title = "Calibration", order = 11, icon = "vaadin:scale-unbalance")
@PageTitle("Calibration · Panel")
@RolesAllowed({"RECRUITER", "HIRING_MANAGER"})
public class CalibrationView extends VerticalLayout {

    private final CalibrationService calibration;
    private final Actor actor = CurrentUser.actor();
    private final ComboBox<RoleView> role = new ComboBox<>("Role");
    private final ReaderTime reader = ReaderTime.current();
    private final DatePicker from = new DatePicker("From (" + reader.zoneName() + ")");
    private final DatePicker to = new DatePicker("To (" + reader.zoneName() + ", inclusive)");
    private final ComboBox<RatingDataset> dataset = new ComboBox<>("Imported dataset");
    private final Div results = new Div();

    CalibrationView(CalibrationService calibration, RatingService ratings, RoleService roles, ScorecardExport scorecards, CalibrationWorkbook workbook,
                    @Named(TaskExecutors.IO) ExecutorService executor) {
        this.calibration = calibration;
        setMaxWidth("80rem");
        setPadding(true);
        add(new H1("Calibration"), new Paragraph("How far the panel agrees, who rates harsher or softer than their co-panelists, "
                + "and each candidate's fair score: the rating an average interviewer would give on an average competency."));

        role.setId("calibration-role");
        role.setItems(roles.list());
        role.setItemLabelGenerator(r -> r.role().name());
        role.setClearButtonVisible(true);
        dataset.setId("calibration-dataset");
        dataset.setItems(ratings.datasets(actor));
        dataset.setItemLabelGenerator(d -> d.name() + " (" + d.ratingCount() + " ratings)");
        dataset.setClearButtonVisible(true);
        dataset.setHelperText("Empty: Panel's own submitted scorecards");
        from.setId("calibration-from");
        to.setId("calibration-to");
        Button show = new Button("Show", click -> refresh());
        show.setId("calibration-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(role, from, to, dataset, show);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        PreparedDownload scorecardFile = new PreparedDownload("Scorecards workbook", ScorecardExport.FILE_NAME, executor, out -> {
            RatingFilter filter = filter();
            if (filter.dataset() != null) {
                throw new InvalidInputException("Scorecards are Panel's own; clear the imported dataset to export them.");
            }
            scorecards.check(actor, filter);
            scorecards.write(actor, filter, reader.zone(), out);
        });
        scorecardFile.button().setId("download-scorecards");
        PreparedDownload workbookFile = new PreparedDownload("Calibration workbook", CalibrationWorkbook.FILE_NAME, executor, out -> {
            RatingFilter filter = filter();
            workbook.check(actor, filter);
            workbook.write(actor, filter, reader.zone(), out);
        });
        workbookFile.button().setId("download-calibration");
        HorizontalLayout downloads = new HorizontalLayout(workbookFile, scorecardFile);
        downloads.setId("calibration-downloads");
        downloads.setWrap(true);

        results.setId("calibration-results");
        results.setWidthFull();
        add(filters, downloads, results);
        refresh();
    }

    private RatingFilter filter() {
        return new RatingFilter(null, null, role.getValue() == null ? null : role.getValue().role().id(), from.getValue(), to.getValue(),
                dataset.getValue() == null ? null : dataset.getValue().name()).inZone(reader.zone());
    }

    private void refresh() {
        results.removeAll();
        try {
            show(calibration.analyse(actor, filter()));
        } catch (PanelException refused) {
            Paragraph problem = new Paragraph(refused.getMessage());
            problem.setId("calibration-problem");
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            results.add(problem);
        }
    }

    private void show(CalibrationResult result) {
        CalibrationResult.Overall overall = result.overall();
        Paragraph summary = new Paragraph(overall.ratings() == 0 ? "No ratings match these filters."
                : overall.ratings() + " ratings of " + overall.candidates() + " candidates by " + overall.interviewers()
                + " interviewers on " + overall.competencies() + " competencies. Agreement (Krippendorff's alpha): ordinal "
                + decimal(overall.alphaOrdinal()) + ", interval " + decimal(overall.alphaInterval()) + ".");
        summary.setId("calibration-summary");
        summary.getStyle().set("font-weight", "600");
        results.add(summary);
        if (!result.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.setId("calibration-notes");
            result.notes().forEach(n -> notes.add(new ListItem(n)));
            results.add(notes);
        }
        if (overall.ratings() == 0) {
            return;
        }
        Div overview = new Div();
        overview.setId("calibration-overview");
        TabSheet tabs = new TabSheet();
        tabs.setId("calibration-tabs");
        tabs.setWidthFull();
        tabs.add("Interviewers and candidates", overview);
        tabs.add("Questions", QuestionsTab.of(result.questions()));
        tabs.add("Validity", ValidityTab.of(result.validity()));
        results.add(tabs);
        overview.add(new H2("Leniency"), new Paragraph("Points of the scale each interviewer rates above (right) or below (left) the "
                + "others who rated the same candidates on the same competencies, shrunk towards zero when they have few such "
                + "ratings; the tick is the unshrunk value, the number in brackets the ratings compared."), LeniencyPlot.of(result.interviewers()));
        overview.add(new H2("Agreement per competency"), competencies(result));
        overview.add(new H2("Fair scores"), new Paragraph("Raw mean beside the fair score, with its standard error. "
                + "A candidate whose rank changes once severity is accounted for is marked."), candidates(result));
    }

    private static Component competencies(CalibrationResult result) {
        Grid<CompetencyStats> grid = new Grid<>();
        grid.setId("calibration-competencies");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CompetencyStats::name).setHeader("Competency").setFlexGrow(2);
        grid.addColumn(CompetencyStats::ratings).setHeader("Ratings");
        grid.addColumn(c -> decimal(c.alphaOrdinal())).setHeader("Alpha (ordinal)");
        grid.addColumn(c -> decimal(c.mean())).setHeader("Mean");
        grid.setItems(result.competencies());
        return grid;
    }

    private static Component candidates(CalibrationResult result) {
        Grid<CandidateStats> grid = new Grid<>();
        grid.setId("calibration-candidates");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(result.candidates().size() <= 50);
        grid.addColumn(CandidateStats::name).setHeader("Candidate").setFlexGrow(2).setSortable(true);
        grid.addColumn(CandidateStats::ratings).setHeader("Ratings");
        grid.addColumn(c -> decimal(c.rawMean())).setHeader("Raw mean").setComparator(CandidateStats::rawMean);
        grid.addColumn(c -> decimal(c.fairScore()) + " ± " + decimal(c.fairSe())).setHeader("Fair score").setComparator(CandidateStats::fairScore);
        grid.addComponentColumn(c -> {
            Span rank = new Span(c.rankRaw() == c.rankFair() ? String.valueOf(c.rankFair()) : c.rankRaw() + " → " + c.rankFair());
            if (c.rankRaw() != c.rankFair()) {
                rank.addClassName("rank-changed");
                rank.getStyle().set("font-weight", "600").set("color", "var(--lumo-primary-text-color)");
            }
            return rank;
        }).setHeader("Rank (raw → fair)");
        grid.setItems(result.candidates().stream().sorted((a, b) -> Integer.compare(a.rankFair(), b.rankFair())).toList());
        return grid;
    }

    static String decimal(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
