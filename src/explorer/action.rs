//! What a reader can do to the explorer's view, and the view each action
//! leads to: a pure reducer, so the buttons carry an action, not a
//! precomputed next view, and every transition is tested natively.

use std::collections::BTreeSet;

use report_data::{ItemType, Season, Status};

use super::query::ViewState;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Pick one season, or all (`None`).
    Season(Option<Season>),
    /// Add a type to the chosen ones, or take it out.
    ToggleType(ItemType),
    ToggleStatus(Status),
    /// The search text as committed (cut to `MAX_QUERY_CHARS`).
    Search(String),
    /// Back to the default view.
    Reset,
}

impl ViewState {
    pub fn apply(&self, action: &Action) -> ViewState {
        match action {
            Action::Season(season) => ViewState {
                season: *season,
                ..self.clone()
            },
            Action::ToggleType(it) => ViewState {
                types: toggled(&self.types, *it),
                ..self.clone()
            },
            Action::ToggleStatus(st) => ViewState {
                statuses: toggled(&self.statuses, *st),
                ..self.clone()
            },
            Action::Search(text) => {
                let mut next = self.clone();
                next.set_search(text);
                next
            }
            Action::Reset => ViewState::default(),
        }
    }
}

/// The set with `value` added, or removed if it was there. Built by
/// inserting only: `BTreeSet::remove` would bring its rebalancing code
/// (about 1 KB brotli) into the bundle for sets of at most eight.
fn toggled<T: Ord + Copy>(set: &BTreeSet<T>, value: T) -> BTreeSet<T> {
    let mut next = BTreeSet::new();
    for &v in set.iter().filter(|&&v| v != value) {
        next.insert(v);
    }
    if !set.contains(&value) {
        next.insert(value);
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explorer::MAX_QUERY_CHARS;

    #[test]
    fn each_action_changes_only_its_own_part_of_the_view() {
        let start = ViewState {
            season: Some(Season::Winter),
            types: [ItemType::Event].into(),
            statuses: [Status::Held].into(),
            search: "嘉年华".into(),
        };
        let spring = start.apply(&Action::Season(Some(Season::Spring)));
        assert_eq!(spring.season, Some(Season::Spring));
        assert_eq!(
            (&spring.types, &spring.statuses, spring.search.as_str()),
            (&start.types, &start.statuses, "嘉年华")
        );
        assert_eq!(start.apply(&Action::Season(None)).season, None);

        let types = start.apply(&Action::ToggleType(ItemType::Place));
        assert_eq!(types.types, [ItemType::Event, ItemType::Place].into());
        assert_eq!(
            types.apply(&Action::ToggleType(ItemType::Event)).types,
            [ItemType::Place].into()
        );
        assert_eq!(types.season, start.season);

        let statuses = start.apply(&Action::ToggleStatus(Status::Held));
        assert!(statuses.statuses.is_empty());
        assert_eq!(statuses.types, start.types);

        let long = "丁".repeat(MAX_QUERY_CHARS + 10);
        let searched = start.apply(&Action::Search(long));
        assert_eq!(searched.search.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(searched.season, start.season);

        assert!(start.apply(&Action::Reset).is_default());
    }
}
