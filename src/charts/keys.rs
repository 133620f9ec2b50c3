//! How the keyboard moves through a chart's marks, apart from any browser:
//! the overlay passes the key's name (`KeyboardEvent.key`), the mark shown
//! and how many marks there are, and gets what to show next.

/// What a key does in a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// Not the chart's key: the browser keeps it (Tab, scrolling, shortcuts).
    Pass,
    /// The chart's key: show this mark, or close the tooltip with `None`.
    Show(Option<usize>),
}

/// Arrows step through the marks and wrap around, Home and End jump to the
/// ends, Escape closes. A chart without marks lets the arrows scroll the
/// page, as if it were not there.
pub fn key_action(key: &str, active: Option<usize>, count: usize) -> KeyAction {
    if key == "Escape" {
        return KeyAction::Show(None);
    }
    let Some(last) = count.checked_sub(1) else {
        return KeyAction::Pass;
    };
    let next = match (key, within(active, last)) {
        ("ArrowRight" | "ArrowDown", Some(i)) => (i + 1) % count,
        ("ArrowLeft" | "ArrowUp", Some(i)) => (i + last) % count,
        ("ArrowRight" | "ArrowDown" | "Home", _) => 0,
        ("ArrowLeft" | "ArrowUp" | "End", _) => last,
        _ => return KeyAction::Pass,
    };
    KeyAction::Show(Some(next))
}

/// The shown mark, if it is one of this drawing's: a mark kept from a
/// drawing with more marks counts as none.
fn within(active: Option<usize>, last: usize) -> Option<usize> {
    active.filter(|&i| i <= last)
}

/// The mark shown when the chart takes focus: the one already shown, else
/// the first, if there is one.
pub fn focus_mark(active: Option<usize>, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    within(active, last).or(Some(0))
}

#[cfg(test)]
mod tests {
    use super::KeyAction::{Pass, Show};
    use super::*;

    #[test]
    fn arrows_step_and_wrap() {
        assert_eq!(key_action("ArrowRight", Some(0), 3), Show(Some(1)));
        assert_eq!(key_action("ArrowDown", Some(2), 3), Show(Some(0)));
        assert_eq!(key_action("ArrowLeft", Some(0), 3), Show(Some(2)));
        assert_eq!(key_action("ArrowUp", Some(2), 3), Show(Some(1)));
        assert_eq!(key_action("ArrowRight", Some(0), 1), Show(Some(0)));
    }

    #[test]
    fn with_nothing_shown_arrows_start_at_an_end() {
        assert_eq!(key_action("ArrowRight", None, 3), Show(Some(0)));
        assert_eq!(key_action("ArrowLeft", None, 3), Show(Some(2)));
        assert_eq!(key_action("Home", Some(1), 3), Show(Some(0)));
        assert_eq!(key_action("End", Some(1), 3), Show(Some(2)));
    }

    #[test]
    fn escape_closes_and_other_keys_pass() {
        assert_eq!(key_action("Escape", Some(1), 3), Show(None));
        assert_eq!(key_action("Escape", None, 0), Show(None));
        for key in ["Tab", "Enter", " ", "a", "PageDown"] {
            assert_eq!(key_action(key, Some(1), 3), Pass, "{key}");
        }
    }

    #[test]
    fn a_chart_without_marks_passes_every_moving_key() {
        for key in [
            "ArrowRight",
            "ArrowDown",
            "ArrowLeft",
            "ArrowUp",
            "Home",
            "End",
        ] {
            for active in [None, Some(0), Some(5)] {
                assert_eq!(key_action(key, active, 0), Pass, "{key} {active:?}");
            }
        }
        assert_eq!(focus_mark(None, 0), None);
        assert_eq!(focus_mark(Some(0), 0), None);
    }

    #[test]
    fn a_mark_past_the_end_counts_as_none() {
        assert_eq!(key_action("ArrowRight", Some(7), 3), Show(Some(0)));
        assert_eq!(key_action("ArrowLeft", Some(3), 3), Show(Some(2)));
        assert_eq!(focus_mark(Some(7), 3), Some(0));
    }

    #[test]
    fn focus_keeps_the_mark_shown_or_starts_at_the_first() {
        assert_eq!(focus_mark(None, 3), Some(0));
        assert_eq!(focus_mark(Some(2), 3), Some(2));
    }
}
