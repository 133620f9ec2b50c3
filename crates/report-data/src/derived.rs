//! Figures the page computes. They are never typed into the data file: each
//! is a function of reported figures, carries its formula, and says what it
//! does not mean.

use crate::display::group;
use crate::model::{DerivedFigure, Figure, NumberStyle, ReportSource, SectionId, Text, Unit};

/// Ids of the reported figures the derivations read. Validation reports a
/// missing one by name, so a renamed figure fails the build, not the page.
pub(crate) const SIGNED_RESIDENTS: &str = "signed-residents";
pub(crate) const SIGNUP_RATE: &str = "signup-rate";
pub(crate) const TEAMS: &str = "doctor-teams";
pub(crate) const INPUTS: [&str; 3] = [SIGNED_RESIDENTS, SIGNUP_RATE, TEAMS];
pub(crate) const SIGNED_PER_TEAM: &str = "signed-per-team";
pub(crate) const IMPLIED_POPULATION: &str = "implied-population";
/// Ids the derived figures take; the data file may refer to them, not define them.
pub(crate) const IDS: [&str; 2] = [SIGNED_PER_TEAM, IMPLIED_POPULATION];

/// The reported figures a derived one is computed from.
pub(crate) fn inputs_of(id: &str) -> Option<&'static [&'static str]> {
    match id {
        SIGNED_PER_TEAM => Some(&[SIGNED_RESIDENTS, TEAMS]),
        IMPLIED_POPULATION => Some(&[SIGNED_RESIDENTS, SIGNUP_RATE]),
        _ => None,
    }
}

/// Computes every derived figure. Returns `None` when an input is missing;
/// `validate` reports which.
pub fn derive(source: &ReportSource) -> Option<Vec<DerivedFigure>> {
    let get = |id: &str| source.figures.iter().find(|f| f.id == id);
    let signed = get(SIGNED_RESIDENTS)?;
    let rate = get(SIGNUP_RATE)?;
    let teams = get(TEAMS)?;
    Some(vec![
        signed_per_team(signed, teams),
        implied_population(signed, rate),
    ])
}

fn signed_per_team(signed: &Figure, teams: &Figure) -> DerivedFigure {
    let value = signed.value / teams.value;
    DerivedFigure {
        id: SIGNED_PER_TEAM.into(),
        section: SectionId::Health,
        value,
        unit: Unit {
            zh: "人".into(),
            en: "residents".into(),
            style: NumberStyle::Count,
        },
        label: Text {
            zh: "平均每支家庭医生团队的签约居民（推算）".into(),
            en: "Signed-up residents per family-doctor team, on average (derived)".into(),
        },
        formula: Text {
            zh: format!(
                "{} ÷ {} ≈ {}",
                group(signed.value),
                group(teams.value),
                group(value.round())
            ),
            en: format!(
                "{} ÷ {} teams ≈ {}",
                group(signed.value),
                group(teams.value),
                group(value.round())
            ),
        },
        inputs: vec![signed.id.clone(), teams.id.clone()],
        // Only what the division assumes; what the seed's 1800名至2200名
        // counts is the seed's to say, and it says no more than those words.
        caveat: Text {
            zh: format!(
                "推算：签约居民数除以团队数，假定这{}支就是全部家庭医生团队。",
                group(teams.value)
            ),
            en: format!(
                "Derived: signed-up residents divided by teams, assuming the {} teams are all the family-doctor teams.",
                group(teams.value)
            ),
        },
        step: 1.0,
    }
}

fn implied_population(signed: &Figure, rate: &Figure) -> DerivedFigure {
    let value = signed.value / (rate.value / 100.0);
    let millions = value / 1e6;
    DerivedFigure {
        id: IMPLIED_POPULATION.into(),
        section: SectionId::Health,
        value,
        unit: Unit {
            zh: "人".into(),
            en: "residents".into(),
            style: NumberStyle::Count,
        },
        label: Text {
            zh: "签约人数与签约率所隐含的常住人口（推算）".into(),
            en: "Permanent population implied by the sign-ups and the sign-up rate (derived)".into(),
        },
        formula: Text {
            zh: format!(
                "{} ÷ {}% ≈ {:.0}万",
                group(signed.value),
                rate.value,
                value / 1e4
            ),
            en: format!(
                "{} ÷ {}% ≈ {:.2} million",
                group(signed.value),
                rate.value,
                millions
            ),
        },
        inputs: vec![signed.id.clone(), rate.id.clone()],
        caveat: Text {
            zh: "推算：假定签约率以常住人口为基数；报道没有给出常住人口数。签约人数只精确到百人，所以结果只取到万人。".into(),
            en: "Derived: assumes the sign-up rate is taken over the permanent population; the report gives no population figure. The sign-ups are given to the nearest hundred, so the result is given only to the nearest ten thousand.".into(),
        },
        step: 1e4,
    }
}
