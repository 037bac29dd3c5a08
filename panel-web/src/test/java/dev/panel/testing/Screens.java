package dev.panel.testing;

import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * The screen sizes a page must work at, and two checks of a page at one of them: nothing reaches past the window's
 * right edge (except inside a container that scrolls sideways on purpose, such as a grid), and an action can be
 * brought into view and is not covered by anything.
 */
public final class Screens {

    /** Laptop, tablet landscape, tablet portrait, phone. */
    public static final List<Size> SIZES = List.of(new Size(1280, 800), new Size(1024, 768), new Size(768, 1024), new Size(390, 844));

    public record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /** Each visible element wider than the window reaches, described by tag, id or class and its right edge; empty when none. */
    private static final String OVERFLOWING = """
            const limit = window.innerWidth + 1;
            // A grid's cells are slotted into a scroller inside its shadow root, which the parent chain does not pass.
            const scrollsSideways = el => {
              for (let p = el.parentElement; p; p = p.parentElement) {
                if (p.tagName === 'VAADIN-GRID') return true;
                const x = getComputedStyle(p).overflowX;
                if ((x === 'auto' || x === 'scroll') && p !== document.documentElement && p !== document.body) return true;
              }
              return false;
            };
            const found = [];
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || r.right <= limit || scrollsSideways(el)) continue;
              if (getComputedStyle(el).visibility === 'hidden') continue;
              // Vaadin's own connection message waits off-screen until the connection is lost.
              if (el.closest('vaadin-connection-indicator, .v-status-message')) continue;
              found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string'
                  ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(r.right));
            }
            if (document.documentElement.scrollWidth > limit) found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth);
            return found;
            """;

    /** Why the element cannot be reached (null when it can): brought to the middle of the window, is it inside it and on top? */
    private static final String UNREACHABLE = """
            const el = arguments[0];
            el.scrollIntoView({block: 'center', inline: 'nearest'});
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) return 'it has no size';
            if (r.left < -1 || r.right > window.innerWidth + 1) return 'it lies outside the window (' + Math.round(r.left) + '..' + Math.round(r.right) + ')';
            if (r.top < -1 || r.bottom > window.innerHeight + 1) return 'it does not fit in the window';
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return hit === el || el.contains(hit) || (hit && hit.contains(el)) ? null
                : 'it is covered by ' + (hit ? hit.tagName.toLowerCase() + (hit.id ? '#' + hit.id : '') : 'nothing');
            """;

    private Screens() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> overflowing(Browser browser) {
        return (List<String>) browser.script(OVERFLOWING);
    }

    public static String unreachable(Browser browser, WebElement action) {
        return (String) browser.script(UNREACHABLE, action);
    }
}
