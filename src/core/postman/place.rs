//! Where in a collection something was found, and the list of what was left out.

use std::fmt;

use super::schema::{Event, PmVariable};

/// A path such as `folder “Admin” › request “Login”`.
#[derive(Debug, Clone)]
pub struct Place(String);

impl Place {
    /// Above the top-level items; never reported on its own.
    pub fn top() -> Place {
        Place(String::new())
    }

    pub fn collection(name: &str) -> Place {
        Place(format!("collection “{name}”"))
    }

    pub fn folder(&self, name: &str) -> Place {
        self.child(format!("folder “{name}”"))
    }

    pub fn request(&self, name: &str) -> Place {
        self.child(format!("request “{name}”"))
    }

    /// Something that is neither a folder nor a request.
    pub fn item(&self, name: &str) -> Place {
        self.child(format!("item “{name}”"))
    }

    fn child(&self, segment: String) -> Place {
        if self.0.is_empty() {
            Place(segment)
        } else {
            Place(format!("{} › {segment}", self.0))
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Keys that only identify things in Postman's own storage; ids are replaced
/// by ours, so leaving these out loses nothing.
const IDENTITY_KEYS: [&str; 6] = [
    "id",
    "_postman_id",
    "uid",
    "_exporter_id",
    "_collection_link",
    "_postman_isSubFolder",
];

/// Everything an import could not represent, in the order it was met.
#[derive(Debug, Default)]
pub struct Notes {
    lines: Vec<String>,
    descriptions: usize,
}

impl Notes {
    pub fn add(&mut self, at: &Place, what: impl fmt::Display) {
        self.lines.push(format!("{at} › {what}"));
    }

    /// Descriptions are counted and reported once, at the end.
    pub fn description(&mut self, has_text: bool) {
        if has_text {
            self.descriptions += 1;
        }
    }

    pub fn scripts(&mut self, at: &Place, events: &[Event]) {
        for event in events {
            if !event.has_code {
                continue;
            }
            let kind = match event.listen.as_deref() {
                Some("prerequest") => "pre-request script".to_owned(),
                Some("test") => "test script".to_owned(),
                Some(other) => format!("“{other}” script"),
                None => "script".to_owned(),
            };
            let disabled = if event.disabled { " (disabled)" } else { "" };
            self.add(at, format!("{kind}{disabled}"));
        }
    }

    /// Folder- and request-level variables have no place in our model.
    pub fn variables(&mut self, at: &Place, variables: &[PmVariable]) {
        for variable in variables {
            self.description(variable.description);
            let name = variable.name.as_deref().unwrap_or("");
            self.add(at, format!("variable “{name}”"));
        }
    }

    /// Keys the format does not define, given sorted.
    pub fn fields(&mut self, at: &Place, extra: &[String]) {
        for key in extra {
            if !IDENTITY_KEYS.contains(&key.as_str()) {
                self.add(at, format!("field “{key}”"));
            }
        }
    }

    pub fn finish(mut self) -> Vec<String> {
        match self.descriptions {
            0 => {}
            1 => self.lines.push("1 description is not kept".to_owned()),
            n => self.lines.push(format!("{n} descriptions are not kept")),
        }
        self.lines
    }
}
