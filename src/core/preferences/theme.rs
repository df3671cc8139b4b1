//! Light, dark, or whatever the operating system says.

/// Where the chosen theme is kept.
pub const THEME_KEY: &str = "stringtools.api-client.settings.theme";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows `prefers-color-scheme`, and changes when the system does.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored form, also the value of the root element's `data-theme`
    /// (the stylesheet picks colours by it; `system` matches no rule).
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Same as system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// A stored value from this or a later version; anything unknown (or
    /// nothing stored) follows the system.
    pub fn parse(stored: Option<&str>) -> Theme {
        match stored.map(str::trim) {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_theme_reads_back_as_itself() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(Some(theme.as_str())), theme);
        }
    }

    #[test]
    fn nothing_stored_follows_the_system() {
        assert_eq!(Theme::parse(None), Theme::System);
    }

    #[test]
    fn an_unknown_value_follows_the_system() {
        assert_eq!(Theme::parse(Some("solarized")), Theme::System);
        assert_eq!(Theme::parse(Some("")), Theme::System);
        assert_eq!(Theme::parse(Some("DARK")), Theme::System);
    }

    #[test]
    fn surrounding_whitespace_is_forgiven() {
        assert_eq!(Theme::parse(Some(" dark\n")), Theme::Dark);
    }

    #[test]
    fn labels_are_distinct_and_name_the_system_choice() {
        assert_eq!(Theme::System.label(), "Same as system");
        let labels: std::collections::HashSet<_> = Theme::ALL.iter().map(|t| t.label()).collect();
        assert_eq!(labels.len(), 3);
    }
}
