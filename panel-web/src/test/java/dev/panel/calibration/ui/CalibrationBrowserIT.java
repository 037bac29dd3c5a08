package dev.panel.calibration.ui;

import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationService;
import dev.panel.ratings.RatingFilter;
import dev.panel.ratings.RatingImportService;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A recruiter reads the calibration of an imported dataset and downloads the scorecards workbook the page prepares. */
@MicronautTest(transactional = false)
class CalibrationBrowserIT implements DatabaseTest {

    private static final String PANEL = """
            candidate,interviewer,competency,rating
            Ada,Soft,Architecture,4
            Ada,Hard,Architecture,3
            Ben,Soft,Architecture,3
            Ben,Hard,Architecture,2
            Cy,Soft,Delivery,3
            Cy,Hard,Delivery,1
            Dee,Soft,Delivery,4
            Dee,Hard,Delivery,3
            """;

    @Inject
    LoopFixture fixture;
    @Inject
    RatingImportService imports;
    @Inject
    CalibrationService calibration;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User recruiter;
    Actor actor;

    @BeforeAll
    void open() {
        recruiter = fixture.people(Role.RECRUITER).get(0);
        actor = Actor.of(recruiter);
        browser.signIn(recruiter);
    }

    /** Downloads what the link offers, in the signed-in session, as the browser would. */
    private byte[] fetch(WebElement link) throws Exception {
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header("Cookie", "PANELSESSION=" + browser.cookie("PANELSESSION")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }

    @Test
    void the_dashboard_shows_who_rates_harsher_for_an_imported_dataset_and_prepares_its_workbook() throws Exception {
        String name = Names.unique("Old tool");
        imports.importCsv(actor, name, new StringReader(PANEL));
        CalibrationResult expected = calibration.analyse(actor, RatingFilter.dataset(name));

        browser.go("/calibration");
        WebElement dataset = browser.waitFor(By.cssSelector("#calibration-dataset input"));
        dataset.sendKeys(name);
        WebElement option = browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().startsWith(name)).findFirst().orElse(null));
        browser.click(option);
        browser.click(By.id("calibration-show"));

        browser.waitForText(By.id("calibration-summary"), "8 ratings of 4 candidates by 2 interviewers on 2 competencies.");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".leniency-plot .leniency-row"));
        assertThat(rows).extracting(r -> r.getAttribute("data-name")).containsExactly("Hard", "Soft");
        for (CalibrationResult.InterviewerStats stats : expected.interviewers()) {
            WebElement row = rows.stream().filter(r -> stats.name().equals(r.getAttribute("data-name"))).findFirst().orElseThrow();
            assertThat(row.getAttribute("data-value")).isEqualTo(String.format(Locale.ROOT, "%.3f", stats.leniencyShrunk()));
        }
        assertThat(browser.driver().findElement(By.id("calibration-candidates")).getText()).contains("Ada", "Dee");

        browser.click(By.id("download-calibration"));
        WebElement link = browser.waitFor(By.cssSelector(".prepared-download .download-link"));
        assertThat(link.getText()).startsWith("Download calibration.xlsx (");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(fetch(link)))) {
            assertThat(workbook.getSheet("Interviewers")).as("the workbook has its Interviewers sheet").isNotNull();
            assertThat(workbook.getSheet("Fair scores")).isNotNull();
        }
    }

    @Test
    void the_scorecards_workbook_is_prepared_with_its_progress_shown_and_downloads_as_xlsx() throws Exception {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER);
        var loop = fixture.openWithFirstStage(panel);
        long interviewId = loop.interviews().get(0).interview().id();
        String evidence = Names.unique("=HYPERLINK(\"evil\") walked through the failover");
        fixture.submitted(panel.get(0), interviewId, evidence);

        browser.go("/calibration");
        browser.click(By.id("download-scorecards"));
        WebElement link = browser.waitFor(By.cssSelector(".prepared-download .download-link"));
        assertThat(link.getText()).startsWith("Download scorecards.xlsx (");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(fetch(link)))) {
            Sheet ratings = workbook.getSheetAt(0);
            boolean found = false;
            for (var row : ratings) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && evidence.equals(cell.getStringCellValue())) {
                        found = true;
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                    }
                }
            }
            assertThat(found).as("the submitted evidence is in the workbook, as text").isTrue();
        }
    }
}
