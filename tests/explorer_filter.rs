//! The explorer against the real data: a season shows only what the seed
//! ties to it, plus the separate "season not stated" group.

use report_data::{ItemType, Season, Status};
use xining_report::embedded::report;
use xining_report::explorer::{SearchIndex, ViewState};

fn view(season: Option<Season>) -> ViewState {
    ViewState {
        season,
        ..ViewState::default()
    }
}

fn names(index: &SearchIndex, ids: &[usize]) -> Vec<String> {
    ids.iter()
        .map(|&i| index.items()[i].name.zh.clone())
        .collect()
}

#[test]
fn winter_shows_its_theme_the_autumn_winter_push_and_the_unstated_group() {
    let items = &report().source.explorer;
    let index = SearchIndex::new(items);
    let winter = index.filter(&view(Some(Season::Winter)));
    let seasonal = names(&index, &winter.seasonal);
    assert!(
        seasonal.iter().any(|n| n.contains("冬沐暖阳")),
        "{seasonal:?}"
    );
    assert!(
        seasonal.iter().any(|n| n.contains("秋冬文旅嘉年华")),
        "{seasonal:?}"
    );
    assert!(!seasonal.iter().any(|n| n.contains("春赏丁香")));
    for &i in &winter.seasonal {
        assert!(items[i].seasons.contains(&Season::Winter));
    }
    for &i in &winter.season_not_stated {
        assert!(items[i].seasons.is_empty());
    }
    assert!(!winter.season_not_stated.is_empty());
}

#[test]
fn every_item_shows_once_in_the_all_seasons_view() {
    let items = &report().source.explorer;
    let all = SearchIndex::new(items).filter(&view(None));
    assert_eq!(all.len(), items.len());
}

#[test]
fn dimensions_combine_with_and_values_with_or() {
    let items = &report().source.explorer;
    let index = SearchIndex::new(items);
    let state = ViewState {
        types: [ItemType::Event, ItemType::Service].into(),
        statuses: [Status::DeputyPlan, Status::DeputyProposal].into(),
        ..ViewState::default()
    };
    let found = index.filter(&state);
    assert!(!found.is_empty());
    for i in found.seasonal.iter().chain(&found.season_not_stated) {
        let item = &items[*i];
        assert!(state.types.contains(&item.item_type));
        assert!(state.statuses.contains(&item.status));
    }
    let expected = items
        .iter()
        .filter(|i| state.types.contains(&i.item_type) && state.statuses.contains(&i.status))
        .count();
    assert_eq!(found.len(), expected);
}

#[test]
fn english_search_finds_the_chinese_item_ignoring_case_and_punctuation() {
    let items = &report().source.explorer;
    let index = SearchIndex::new(items);
    let lilac = items
        .iter()
        .position(|i| i.name.zh == "春赏丁香")
        .expect("the spring theme");
    let english = items[lilac].name.en.to_uppercase().replace(' ', " - ");
    let state = ViewState {
        search: english,
        ..ViewState::default()
    };
    assert!(index.filter(&state).seasonal.contains(&lilac));
    let spaced = ViewState {
        search: "春赏 丁香".into(),
        ..ViewState::default()
    };
    assert_eq!(index.filter(&spaced).seasonal, vec![lilac]);
}

#[test]
fn full_width_letters_from_a_chinese_input_method_find_the_item() {
    let items = &report().source.explorer;
    let index = SearchIndex::new(items);
    let state = ViewState {
        search: "ＬＩＬＡＣ".into(),
        ..ViewState::default()
    };
    let found = index.filter(&state);
    assert_eq!(names(&index, &found.seasonal), ["春赏丁香"]);
}

/// `normalize` folds case for ASCII only; the names must not need more.
#[test]
fn names_need_no_case_folding_beyond_ascii() {
    for item in &report().source.explorer {
        for c in item.name.zh.chars().chain(item.name.en.chars()) {
            assert!(
                c.is_ascii() || !(c.is_uppercase() || c.is_lowercase()),
                "{:?} in {}: a cased letter beyond ASCII",
                c,
                item.id
            );
        }
    }
}

/// The ids whose rows a view shows, written out by hand from
/// `data/report.toml` (not derived from the filter), in data order.
#[test]
fn visible_ids_are_the_rows_a_view_shows() {
    let items = &report().source.explorer;
    let index = SearchIndex::new(items);
    let ids = |state: ViewState| index.filter(&state).visible_ids(items);
    let winter = ViewState {
        season: Some(Season::Winter),
        ..ViewState::default()
    };
    // Winter's items and every item with no stated season.
    let winter_ids = [
        "winter-sun",
        "shehuo-show",
        "autumn-winter-carnival",
        "culture-performance-shows",
        "promotion-events",
        "night-reading",
        "night-school",
        "night-tours",
        "children-arts",
        "tourist-lines",
        "qilinwan-study-room",
        "nandajie-study-room",
        "resource-library",
        "baojie",
        "xiananguan-street",
        "dangar-ancient-town",
        "smart-venues",
        "eco-tourism-zone",
        "featured-activities",
        "qinghai-super-league",
        "star-concerts",
        "youth-film-festival",
        "half-marathon",
        "farm-produce-fair",
        "heritage-performances",
        "food-carnival",
        "ocean-culture-festival",
        "cultural-creative-contest",
        "tourism-port",
        "supply-stations",
    ];
    assert_eq!(ids(winter.clone()), winter_ids);
    assert_eq!(ids(ViewState::default()).len(), 33);

    let winter_events = ViewState {
        types: [ItemType::Event].into(),
        ..winter
    };
    assert_eq!(
        ids(winter_events),
        [
            "shehuo-show",
            "autumn-winter-carnival",
            "culture-performance-shows",
            "promotion-events",
            "qinghai-super-league",
            "star-concerts",
            "youth-film-festival",
            "half-marathon",
            "farm-produce-fair",
            "heritage-performances",
            "food-carnival",
            "ocean-culture-festival",
            "cultural-creative-contest",
        ]
    );
    let proposals = ViewState {
        statuses: [Status::DeputyProposal].into(),
        ..ViewState::default()
    };
    assert_eq!(ids(proposals), ["tourism-port", "supply-stations"]);
    let spring_held = ViewState {
        season: Some(Season::Spring),
        statuses: [Status::Held].into(),
        ..ViewState::default()
    };
    assert_eq!(
        ids(spring_held),
        [
            "shehuo-show",
            "culture-performance-shows",
            "promotion-events"
        ]
    );
    let lilac = ViewState {
        search: "LiLac".into(),
        ..ViewState::default()
    };
    assert_eq!(ids(lilac), ["spring-lilacs"]);
    let none = ViewState {
        search: "不存在的名字".into(),
        ..ViewState::default()
    };
    assert!(ids(none).is_empty());
}

/// The wasm filters the islands' cut of the data (no notes, no sources):
/// every view shows the same rows as with the whole report.
#[test]
fn the_islands_data_filters_like_the_whole_report() {
    use xining_report::embedded::island_report;
    let whole = &report().source.explorer;
    let cut = &island_report().source.explorer;
    assert!(
        cut.iter()
            .all(|i| i.note.zh.is_empty() && i.source.sentence.is_empty())
    );
    let (a, b) = (SearchIndex::new(whole), SearchIndex::new(cut));
    let searches = [
        "",
        "丁香",
        "lilac",
        "night",
        "街",
        "嘉年华",
        "ＬＩＬＡＣ",
        "x",
    ];
    for season in std::iter::once(None).chain(Season::ALL.map(Some)) {
        for types in [
            vec![],
            vec![ItemType::Event],
            vec![ItemType::Place, ItemType::Theme],
        ] {
            for search in searches {
                let state = ViewState {
                    season,
                    types: types.iter().copied().collect(),
                    search: search.into(),
                    ..ViewState::default()
                };
                assert_eq!(
                    a.filter(&state).visible_ids(whole),
                    b.filter(&state).visible_ids(cut),
                    "{state:?}"
                );
            }
        }
    }
}
