package dev.panel.common.api;

import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionService;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.HostileXlsx;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile spreadsheets sent to both xlsx uploads (ratings and the question bank): each is refused with a 400 whose
 * message says what is wrong, within a bounded time and heap, and nothing of it is imported. The files are made in
 * code from a good upload, which itself imports, so that the trick is the only thing that can get them refused.
 */
@MicronautTest(transactional = false)
class HostileUploadApiIT implements DatabaseTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Generous: a good upload takes well under a second; the point is that no file makes the server work for minutes. */
    private static final Duration TIME_BOUND = Duration.ofSeconds(30);
    /** Generous too: the heap a refusal may take on top of what was in use before it (the test JVM's heap is far larger). */
    private static final long HEAP_BOUND_BYTES = 128L * 1024 * 1024;

    @Inject
    ApiUsers users;
    @Inject
    ApiJson json;
    @Inject
    QuestionService questions;

    static PanelClient recruiter;
    static PanelClient manager;

    @BeforeAll
    void signIn() {
        recruiter = users.person(Role.RECRUITER).client();
        manager = users.person(Role.HIRING_MANAGER).client();
    }

    /** One of the two uploads: how to make a good file holding a marker, send a file, and see whether the marker got in. */
    enum Upload {
        RATINGS {
            @Override
            byte[] goodFile(String marker) {
                return ratingsSheet(marker);
            }

            @Override
            HttpResponse<String> send(byte[] file, String marker) {
                return recruiter.post("/api/ratings/import?dataset=" + URLEncoder.encode(marker, StandardCharsets.UTF_8), XLSX, file);
            }

            @Override
            boolean imported(HostileUploadApiIT test, String marker) {
                return test.json.readList(recruiter.get("/api/ratings/datasets"), 200, Map.class).stream()
                        .anyMatch(d -> marker.equals(d.get("name")));
            }
        },
        QUESTIONS {
            @Override
            byte[] goodFile(String marker) {
                return bankWithNewQuestion(manager.download("/api/questions/export").body(), marker);
            }

            @Override
            HttpResponse<String> send(byte[] file, String marker) {
                return manager.post("/api/question-imports/xlsx", XLSX, file);
            }

            @Override
            boolean imported(HostileUploadApiIT test, String marker) {
                return test.questions.count(new QuestionFilter(null, null, null, null, marker)) > 0;
            }
        };

        abstract byte[] goodFile(String marker);

        abstract HttpResponse<String> send(byte[] file, String marker);

        abstract boolean imported(HostileUploadApiIT test, String marker);
    }

    /** A trick, the file it makes from a good one, and words the refusal must hold. */
    record Trick(String name, Function<byte[], byte[]> make, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Trick> TRICKS = List.of(
            new Trick("not a zip", good -> HostileXlsx.notAZip(), "not an xlsx spreadsheet"),
            new Trick("a truncated zip", good -> HostileXlsx.from(good).truncated(), "not an xlsx spreadsheet"),
            new Trick("a zip bomb", good -> HostileXlsx.from(good).zipBomb(), "zip bomb"),
            new Trick("a huge shared-strings table", good -> HostileXlsx.from(good).hugeSharedStrings(), "different texts"),
            new Trick("a huge sheet", good -> HostileXlsx.from(good).hugeSheet(), "unpacks to more than"),
            new Trick("duplicate zip entries", good -> HostileXlsx.from(good).duplicateEntries(sheet -> sheet), "twice"),
            new Trick("an external entity (XXE)", good -> HostileXlsx.from(good).externalEntity("file:///etc/passwd"), "DOCTYPE"),
            new Trick("billion laughs", good -> HostileXlsx.from(good).billionLaughs(), "DOCTYPE"));

    static Stream<Arguments> uploadsAndTricks() {
        return Stream.of(Upload.values()).flatMap(upload -> TRICKS.stream().map(trick -> Arguments.of(upload, trick)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("uploadsAndTricks")
    void a_hostile_spreadsheet_is_refused_with_a_clear_message_in_bounded_time_and_memory_and_nothing_is_imported(Upload upload, Trick trick) {
        String marker = Names.unique("Hostile " + LibraryFixture.uniqueWord());
        byte[] file = trick.make().apply(upload.goodFile(marker));
        assertThat(file.length).as("within the 2 MB upload limit, so that only the trick can get it refused").isLessThan(2 * 1024 * 1024);
        System.gc();
        long heapBefore = heapUsed();
        resetPeaks();
        long started = System.nanoTime();

        HttpResponse<String> response = upload.send(file, marker);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long heapTaken = peakHeap() - heapBefore;
        System.out.printf("%s, %s: %d, %d ms, %d MB heap over before%n", upload, trick, response.statusCode(), took.toMillis(), heapTaken >> 20);
        ApiError error = json.error(response, 400);
        assertThat(error.error()).isEqualTo("invalid_input");
        assertThat(error.message()).contains(trick.says()).doesNotContain("Exception", "org.apache", "java.", "root:");
        assertThat(took).isLessThan(TIME_BOUND);
        assertThat(heapTaken).as("heap taken by the refusal").isLessThan(HEAP_BOUND_BYTES);
        assertThat(upload.imported(this, marker)).as("nothing imported").isFalse();
    }

    @ParameterizedTest
    @MethodSource("uploads")
    void the_good_file_the_tricks_start_from_imports(Upload upload) {
        String marker = Names.unique("Good " + LibraryFixture.uniqueWord());

        HttpResponse<String> response = upload.send(upload.goodFile(marker), marker);

        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        assertThat(upload.imported(this, marker)).isTrue();
    }

    static Stream<Upload> uploads() {
        return Stream.of(Upload.values());
    }

    @Test
    void an_external_entity_is_never_resolved_even_into_a_message() {
        String marker = Names.unique("Hostile " + LibraryFixture.uniqueWord());
        byte[] file = HostileXlsx.from(Upload.RATINGS.goodFile(marker)).externalEntity("file:///etc/passwd");

        HttpResponse<String> response = Upload.RATINGS.send(file, marker);

        assertThat(response.body()).doesNotContain("root:", "/bin/");
    }

    /** A ratings sheet of three good rows; the candidate of the first is the marker. */
    static byte[] ratingsSheet(String marker) {
        return workbook(book -> {
            Sheet sheet = book.createSheet("Ratings");
            String[][] rows = {{"candidate", "interviewer", "competency", "rating"}, {marker, "Sam Reyes", "Architecture", "3"},
                    {"Ada Park", "Lee Chan", "Architecture", "4"}, {"Ben Ode", "Sam Reyes", "Delivery", "2"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        });
    }

    /** The exported bank with its first question turned into a new one: the marker as its text, a key of its own. */
    static byte[] bankWithNewQuestion(byte[] export, String marker) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Row first = book.getSheet("Questions").getRow(1);
            for (int column = 0; column < 2; column++) {
                // The export writes inline strings, which setCellValue does not replace: the cell is made anew.
                first.removeCell(first.getCell(column));
            }
            first.createCell(0).setCellValue(Names.unique("hostile"));
            first.createCell(1).setCellValue(marker + ": what would you cut first?");
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] workbook(java.util.function.Consumer<XSSFWorkbook> fill) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            fill.accept(book);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    private static long heapUsed() {
        return heapPools().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static long peakHeap() {
        return heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }
}
