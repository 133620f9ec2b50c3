//! The URL state survives any input: every state reads back as itself, and
//! any query string at all yields a valid state without a panic.

use proptest::prelude::*;
use report_data::{ItemType, Season, Status};
use xining_report::explorer::{MAX_QUERY_CHARS, ViewState};

fn state() -> impl Strategy<Value = ViewState> {
    (
        proptest::option::of(proptest::sample::select(Season::ALL.to_vec())),
        proptest::sample::subsequence(ItemType::ALL.to_vec(), 0..=ItemType::ALL.len()),
        proptest::sample::subsequence(Status::ALL.to_vec(), 0..=Status::ALL.len()),
        proptest::collection::vec(any::<char>(), 0..=MAX_QUERY_CHARS),
    )
        .prop_map(|(season, types, statuses, search)| ViewState {
            season,
            types: types.into_iter().collect(),
            statuses: statuses.into_iter().collect(),
            search: search.into_iter().collect(),
        })
}

/// Query strings shaped like real ones (known keys, separators, percent
/// escapes) mixed with arbitrary text.
fn query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("season".to_string()),
        Just("type".to_string()),
        Just("status".to_string()),
        Just("q".to_string()),
        Just("lang".to_string()),
        "[a-z%+=&]{0,6}",
    ];
    let value = prop_oneof![
        Just("winter".to_string()),
        Just("event,place".to_string()),
        Just("held".to_string()),
        "(%[0-9A-Fa-f]{0,2}|[a-z,+=&?#]|\\PC){0,12}",
    ];
    let pair = (key, value).prop_map(|(k, v)| format!("{k}={v}"));
    prop_oneof![
        proptest::collection::vec(pair, 0..6).prop_map(|pairs| pairs.join("&")),
        any::<String>(),
    ]
}

fn is_valid(state: &ViewState) -> bool {
    state.search.chars().count() <= MAX_QUERY_CHARS
        && ViewState::from_query(&state.to_query()) == *state
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_state_reads_back_as_itself(state in state()) {
        prop_assert_eq!(ViewState::from_query(&state.to_query()), state);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    #[test]
    fn any_query_string_yields_a_valid_state(query in query()) {
        let state = ViewState::from_query(&query);
        prop_assert!(is_valid(&state), "{query:?} gave {state:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn the_page_query_holds_the_view_and_keeps_the_rest(state in state(), page in query()) {
        let merged = state.replace_in(&page);
        prop_assert_eq!(ViewState::from_query(&merged), state.clone());
        let foreign = |q: &str| -> Vec<String> {
            q.split('&')
                .filter(|pair| {
                    !pair.is_empty()
                        && !form_urlencoded::parse(pair.as_bytes())
                            .next()
                            .is_some_and(|(key, _)| ViewState::owns(&key))
                })
                .map(str::to_string)
                .collect()
        };
        prop_assert_eq!(foreign(&merged), foreign(page.strip_prefix('?').unwrap_or(&page)));
    }
}
