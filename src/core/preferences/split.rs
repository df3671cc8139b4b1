//! How much of the workspace's width the request editor takes when the request
//! and the response sit side by side.

/// Where the chosen split is kept.
pub const SPLIT_KEY: &str = "stringtools.api-client.settings.split";

/// The editor's share of the width, in whole percent. Kept between
/// [`SplitRatio::MIN`] and [`SplitRatio::MAX`] so that neither side can be
/// dragged out of sight and lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SplitRatio(u8);

/// The keys the split handle answers to, as a `separator` does (WAI-ARIA).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SplitKey {
    Narrower,
    Wider,
    Narrowest,
    Widest,
}

impl Default for SplitRatio {
    fn default() -> Self {
        SplitRatio(50)
    }
}

impl SplitRatio {
    pub const MIN: u8 = 25;
    pub const MAX: u8 = 75;
    /// One arrow key press.
    const STEP: u8 = 5;

    pub fn new(percent: u8) -> SplitRatio {
        SplitRatio(percent.clamp(Self::MIN, Self::MAX))
    }

    pub fn percent(self) -> u8 {
        self.0
    }

    /// A stored value: a number of percent. Anything else is the default, and a
    /// number out of range is brought back into it.
    pub fn parse(stored: Option<&str>) -> SplitRatio {
        stored
            .and_then(|s| s.trim().parse::<u32>().ok())
            .map(|n| SplitRatio::new(n.min(u32::from(u8::MAX)) as u8))
            .unwrap_or_default()
    }

    /// The split where a pointer at `x` puts it, in a box starting at `left`
    /// that is `width` wide (CSS pixels). `None` when the box has no width.
    pub fn at_pointer(x: f64, left: f64, width: f64) -> Option<SplitRatio> {
        if !width.is_finite() || width <= 0.0 || !x.is_finite() || !left.is_finite() {
            return None;
        }
        let percent = ((x - left) / width * 100.0).round().clamp(0.0, 100.0);
        Some(SplitRatio::new(percent as u8))
    }

    pub fn step(self, key: SplitKey) -> SplitRatio {
        match key {
            SplitKey::Narrower => SplitRatio::new(self.0.saturating_sub(Self::STEP)),
            SplitKey::Wider => SplitRatio::new(self.0.saturating_add(Self::STEP)),
            SplitKey::Narrowest => SplitRatio(Self::MIN),
            SplitKey::Widest => SplitRatio(Self::MAX),
        }
    }

    /// The grid tracks for the editor and the response, as `fr` so that the
    /// handle's own width comes out of both in proportion.
    pub fn tracks(self) -> (String, String) {
        (format!("{}fr", self.0), format!("{}fr", 100 - self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn starts_halfway() {
        assert_eq!(SplitRatio::default().percent(), 50);
        assert_eq!(SplitRatio::parse(None).percent(), 50);
    }

    #[test]
    fn a_stored_number_is_read_back() {
        assert_eq!(SplitRatio::parse(Some("40")).percent(), 40);
        assert_eq!(SplitRatio::parse(Some(" 60 ")).percent(), 60);
    }

    #[test]
    fn garbage_is_the_default() {
        for stored in ["", "wide", "-10", "4.5", "NaN"] {
            assert_eq!(
                SplitRatio::parse(Some(stored)),
                SplitRatio::default(),
                "{stored:?}"
            );
        }
    }

    #[test]
    fn out_of_range_values_are_brought_back() {
        assert_eq!(SplitRatio::parse(Some("0")).percent(), SplitRatio::MIN);
        assert_eq!(
            SplitRatio::parse(Some("99999999")).percent(),
            SplitRatio::MAX
        );
    }

    #[test]
    fn arrows_move_by_five_and_stop_at_the_ends() {
        let mid = SplitRatio::new(50);
        assert_eq!(mid.step(SplitKey::Narrower).percent(), 45);
        assert_eq!(mid.step(SplitKey::Wider).percent(), 55);
        assert_eq!(
            SplitRatio::new(27).step(SplitKey::Narrower).percent(),
            SplitRatio::MIN
        );
        assert_eq!(
            SplitRatio::new(74).step(SplitKey::Wider).percent(),
            SplitRatio::MAX
        );
        assert_eq!(mid.step(SplitKey::Narrowest).percent(), SplitRatio::MIN);
        assert_eq!(mid.step(SplitKey::Widest).percent(), SplitRatio::MAX);
    }

    #[test]
    fn the_pointer_sets_the_share_of_the_box() {
        assert_eq!(
            SplitRatio::at_pointer(400.0, 100.0, 1000.0),
            Some(SplitRatio::new(30))
        );
        assert_eq!(
            SplitRatio::at_pointer(0.0, 100.0, 1000.0),
            Some(SplitRatio::new(25))
        );
        assert_eq!(
            SplitRatio::at_pointer(5000.0, 100.0, 1000.0),
            Some(SplitRatio::new(75))
        );
    }

    #[test]
    fn a_box_without_width_gives_nothing() {
        assert_eq!(SplitRatio::at_pointer(10.0, 0.0, 0.0), None);
        assert_eq!(SplitRatio::at_pointer(10.0, 0.0, -5.0), None);
        assert_eq!(SplitRatio::at_pointer(f64::NAN, 0.0, 100.0), None);
        assert_eq!(SplitRatio::at_pointer(10.0, 0.0, f64::NAN), None);
    }

    #[test]
    fn tracks_share_the_width() {
        assert_eq!(
            SplitRatio::new(40).tracks(),
            ("40fr".to_owned(), "60fr".to_owned())
        );
    }

    proptest! {
        #[test]
        fn any_stored_text_gives_a_split_in_range(text in ".{0,12}") {
            let split = SplitRatio::parse(Some(&text));
            prop_assert!((SplitRatio::MIN..=SplitRatio::MAX).contains(&split.percent()));
        }

        #[test]
        fn any_pointer_gives_a_split_in_range(x in -1e6f64..1e6, left in -1e4f64..1e4, width in 1e-3f64..1e6) {
            let split = SplitRatio::at_pointer(x, left, width);
            prop_assert!(split.is_some_and(|s| (SplitRatio::MIN..=SplitRatio::MAX).contains(&s.percent())));
        }

        #[test]
        fn a_stored_split_reads_back(percent in SplitRatio::MIN..=SplitRatio::MAX) {
            let split = SplitRatio::new(percent);
            prop_assert_eq!(SplitRatio::parse(Some(&split.percent().to_string())), split);
        }
    }
}
