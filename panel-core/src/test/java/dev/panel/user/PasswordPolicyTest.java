package dev.panel.user;

import dev.panel.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void a_password_shorter_than_twelve_characters_is_refused_saying_how_long_it_must_be() {
        assertThatThrownBy(() -> PasswordPolicy.check("elevenchars")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> PasswordPolicy.check(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void characters_are_counted_not_bytes_or_utf16_units() {
        // twelve emoji are 24 UTF-16 units and 48 bytes: still twelve characters
        assertThatCode(() -> PasswordPolicy.check("🦊🐝🌵🎲🧭🪁🍋🛶🪴🎻🧩🦉")).doesNotThrowAnyException();
        // eleven of them are too few, though they are 22 units long
        assertThatThrownBy(() -> PasswordPolicy.check("🦊🐝🌵🎲🧭🪁🍋🛶🪴🎻🧩")).hasMessageContaining("12 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiopasdfghjkl", "1q2w3e4r5t6y", "QazWsxEdcRfv", "iloveyou1234"})
    void common_passwords_from_the_shipped_list_are_refused_whatever_their_case(String common) {
        assertThatThrownBy(() -> PasswordPolicy.check(common)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("commonly used");
    }

    @Test
    void a_long_uncommon_passphrase_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check("lantern otter gravel sonnet")).doesNotThrowAnyException();
        assertThat(PasswordPolicy.isCommon("lantern otter gravel sonnet")).isFalse();
    }

    @Test
    void more_than_bcrypts_72_bytes_is_refused_rather_than_cut() {
        assertThatThrownBy(() -> PasswordPolicy.check("a".repeat(73))).hasMessageContaining("72 bytes");
    }
}
