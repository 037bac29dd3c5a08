package dev.panel.user;

import dev.panel.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountRulesTest {

    @Test
    void a_locale_is_kept_as_its_language_tag() {
        assertThat(AccountRules.locale("en-GB")).isEqualTo("en-GB");
        assertThat(AccountRules.locale(" de ")).isEqualTo("de");
        assertThat(AccountRules.locale("fr_FR")).isEqualTo("fr-FR");
    }

    @Test
    void no_locale_means_the_browsers() {
        assertThat(AccountRules.locale(null)).isNull();
        assertThat(AccountRules.locale("  ")).isNull();
    }

    @Test
    void an_unknown_language_or_region_is_refused_with_an_example() {
        assertThatThrownBy(() -> AccountRules.locale("klingon")).isInstanceOf(InvalidInputException.class)
                .hasMessage("locale: 'klingon' is not a language and region Panel knows (for example en-GB, en-US or de-DE).");
        assertThatThrownBy(() -> AccountRules.locale("en-XY")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AccountRules.locale("12")).isInstanceOf(InvalidInputException.class);
    }
}
