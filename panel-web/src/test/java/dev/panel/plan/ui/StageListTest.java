package dev.panel.plan.ui;

import dev.panel.plan.PlanStage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The stages in order without a server: the editors' buttons move and remove stages, and each change is reported. */
class StageListTest {

    AtomicInteger changes = new AtomicInteger();
    StageList list = new StageList(new FakeLibrary().library(), changes::incrementAndGet);

    @Test
    void stages_move_up_and_down_and_are_removed_with_their_editors_buttons() {
        list.show(List.of(named("Screening"), named("Deep dive"), named("Executive panel")), false);

        editor(2).up.click();
        assertThat(names()).containsExactly("Screening", "Executive panel", "Deep dive");
        editor(0).down.click();
        assertThat(names()).containsExactly("Executive panel", "Screening", "Deep dive");
        editor(1).remove.click();
        assertThat(names()).containsExactly("Executive panel", "Deep dive");

        assertThat(changes).hasValue(3);
        assertThat(editor(0).up.isEnabled()).as("the first stage cannot move earlier").isFalse();
        assertThat(editor(1).down.isEnabled()).as("the last stage cannot move later").isFalse();
    }

    private List<String> names() {
        return list.stages().stream().map(PlanStage::name).toList();
    }

    private StageEditor editor(int index) {
        return list.getChildren().filter(StageEditor.class::isInstance).map(StageEditor.class::cast).toList().get(index);
    }

    private static StageBean named(String name) {
        StageBean bean = new StageBean();
        bean.setName(name);
        return bean;
    }
}
