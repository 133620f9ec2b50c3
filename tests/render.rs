//! The page as Yew renders it natively: what a reader gets in each section.

mod common;

use xining_report::embedded::report;
use xining_report::ui::island::{ATTR, Island, Part};
use xining_report::ui::page::render_page;

fn render() -> String {
    futures::executor::block_on(render_page(report_data::Lang::Zh))
}

#[test]
fn every_section_renders_its_title_beats_and_charts() {
    let html = render();
    let report = report();
    for section in &report.source.sections {
        assert!(html.contains(&section.title.zh), "{}", section.title.zh);
        let glance = report.figure(&section.glance.figure).unwrap();
        assert!(html.contains(&glance.as_written), "{}", glance.id);
    }
    // A beat's numbers sit in spans that keep them whole: compare the text.
    let text = common::text_of(&html);
    for beat in &report.source.beats {
        assert!(text.contains(&beat.text.zh), "{}", beat.id);
    }
    for chart in &report.source.charts {
        assert!(
            html.contains(&format!("data-chart=\"{}\"", chart.id)),
            "{}",
            chart.id
        );
    }
    assert_eq!(html.matches("<svg").count(), report.source.charts.len());
}

/// The story is short, the page complete: every figure, fact and quote of
/// the seed is in the page (folded or not), with its source sentence.
#[test]
fn every_figure_fact_and_quote_is_in_the_page_with_its_sentence() {
    let html = render();
    let report = report();
    for f in &report.source.figures {
        assert!(html.contains(&f.as_written), "{}", f.id);
        assert!(html.contains(&f.source.sentence), "{}", f.id);
    }
    for f in &report.source.facts {
        assert!(html.contains(&f.text.zh), "{}", f.id);
        assert!(html.contains(&f.source.sentence), "{}", f.id);
    }
    for q in &report.source.quotes {
        assert!(html.contains(&q.zh), "{}", q.id);
    }
    for d in &report.derived {
        assert!(html.contains(&d.formula.zh), "{}", d.id);
    }
}

/// Every island has its root in the page, holding its prerendered content
/// with the markers hydration needs; the static page around has none.
#[test]
fn every_island_is_in_its_root_and_only_islands_carry_hydration_markers() {
    let html = render();
    for island in Island::all(&report().source.charts) {
        let root = format!("{ATTR}=\"{}\"", island.key());
        let at = html
            .find(&root)
            .unwrap_or_else(|| panic!("no root for {root}"));
        let inside = &html[at..];
        let content = &inside[inside.find('>').unwrap() + 1..];
        // Each by the root of the module that hydrates it.
        let by = match island.part() {
            Part::First => "FirstIslands",
            Part::Later => "LaterIslands",
        };
        assert!(
            content.starts_with(&format!("<!--<[xining_report::ui::island::{by}]>-->")),
            "{root}: {}",
            &content[..80.min(content.len())]
        );
    }
    assert!(
        !html.contains("page::section::SectionView"),
        "the static page is not hydratable"
    );
}

/// English text gets English punctuation: curly apostrophes and quotation
/// marks, never typewriter ones (a pinyin syllable mark, Ta'er, stays).
#[test]
fn english_text_uses_english_quotation_marks() {
    let html = futures::executor::block_on(render_page(report_data::Lang::En));
    let text = common::text_of(&html);
    let chars: Vec<char> = text.chars().collect();
    let mut straight = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let pinyin_mark = c == '\''
            && before.is_some_and(|b| b.is_ascii_alphabetic())
            && after.is_some_and(|a| "aeo".contains(a));
        if (c == '\'' || c == '"') && !pinyin_mark {
            let from = i.saturating_sub(20);
            straight.push(
                chars[from..(i + 20).min(chars.len())]
                    .iter()
                    .collect::<String>(),
            );
        }
    }
    assert!(straight.is_empty(), "straight quotes in: {straight:#?}");
}

/// The explorer's rows are static: every item once, with its note and
/// source sentence, in the page's explorer section but outside the island's
/// root (the wasm never renders them), all shown as the page is written.
#[test]
fn every_explorer_row_is_in_the_static_page_outside_the_island() {
    for lang in [report_data::Lang::Zh, report_data::Lang::En] {
        let html = futures::executor::block_on(render_page(lang));
        let section = &html[html
            .find("<section aria-labelledby=\"explorer-title\"")
            .expect("explorer")..];
        let section = &section[..section.find("</section>").unwrap()];
        let island = format!("{ATTR}=\"{}\"", Island::Explorer.key());
        let at = section
            .find(&island)
            .expect("the island's root in the section");
        let rows = &section[section.find("data-explorer-results").expect("the rows")..];
        assert!(at < section.find("data-explorer-results").unwrap());
        // The island's own HTML holds no row.
        assert!(
            !section[at..section.find("data-explorer-results").unwrap()]
                .contains("data-explorer-item")
        );
        let items = &report().source.explorer;
        assert_eq!(html.matches("data-explorer-item=").count(), items.len());
        for item in items {
            let row = format!("data-explorer-item=\"{}\"", item.id);
            let start = rows
                .find(&row)
                .unwrap_or_else(|| panic!("no row for {}", item.id));
            let end = rows[start..].find("</li>").unwrap() + start;
            let row = &rows[start..end];
            let tag = &row[..row.find('>').unwrap()];
            assert!(
                !tag.contains("hidden"),
                "the default view shows {}",
                item.id
            );
            let text = common::text_of(row)
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
            assert!(text.contains(&item.name.zh), "{}", item.id);
            assert!(text.contains(item.note.get(lang)), "{}", item.id);
            assert!(text.contains(&item.source.sentence), "{}", item.id);
            // Seasonal items in their group, the others in theirs.
            let group = if item.seasons.is_empty() {
                "not-stated"
            } else {
                "seasonal"
            };
            let list = rows
                .find(&format!("data-explorer-group=\"{group}\""))
                .unwrap();
            let list_end = list + rows[list..].find("</ul>").unwrap();
            assert!(list < start && start < list_end, "{} in {group}", item.id);
        }
    }
}
