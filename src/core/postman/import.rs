//! Reading a Postman collection into a [`Collection`].

use super::auth::{apply, plan, AuthPlan};
use super::body::import_body;
use super::place::{Notes, Place};
use super::schema::{Auth, Header, PmCollection, PmItem, PmRequest, PmVariable, Settings, StrOr};
use super::url::{params_table, url_text};
use super::{enabled_header, PostmanError, PostmanImport};
use crate::core::collections::depth::folder_depth;
use crate::core::collections::{Collection, FileTooDeep, Folder, Id, Item, SavedRequest, Variable};
use crate::core::json_value::Json;
use crate::core::request::draft::RequestDraft;
use crate::core::request::headers::HeaderRow;

/// Reads a Postman collection (v2.1 or v2.0), calling `new_id` once for the
/// collection and once for each folder and request, in document order.
pub fn import_postman(
    text: &str,
    new_id: &mut dyn FnMut() -> Id,
    now_ms: u64,
) -> Result<PostmanImport, PostmanError> {
    let json = Json::parse(text.as_bytes()).map_err(|e| {
        FileTooDeep::nested(&e).map_or_else(
            || PostmanError::NotJson(e.to_string()),
            PostmanError::TooDeep,
        )
    })?;
    import_postman_tree(&json, new_id, now_ms)
}

/// [`import_postman`] for a file already parsed. A collection whose folders
/// nest past the cap is refused, as a library that deep could not be read
/// back once saved.
pub fn import_postman_tree(
    json: &Json,
    new_id: &mut dyn FnMut() -> Id,
    now_ms: u64,
) -> Result<PostmanImport, PostmanError> {
    let parsed = parse(json)?;
    let mut importer = Importer {
        new_id,
        now_ms,
        notes: Notes::default(),
    };
    let collection = importer.collection(parsed);
    FileTooDeep::check_depth(folder_depth(&collection.items)).map_err(PostmanError::TooDeep)?;
    Ok(PostmanImport {
        collection,
        unsupported: importer.notes.finish(),
    })
}

fn parse(json: &Json) -> Result<PmCollection, PostmanError> {
    let root = without_api_envelope(json);
    if root.as_object().is_none() {
        return Err(PostmanError::NotACollection);
    }
    let Some(info @ Json::Object(_)) = root.member("info") else {
        // v1 collections had no `info`; they listed `requests` and `order`.
        return Err(
            if root.member("requests").is_some() || root.member("order").is_some() {
                PostmanError::UnsupportedSchema("Collection v1".to_owned())
            } else {
                PostmanError::NotACollection
            },
        );
    };
    if root.member("item").and_then(Json::as_array).is_none() {
        return Err(PostmanError::NotACollection);
    }
    check_schema(info)?;
    PmCollection::read(root).map_err(PostmanError::Malformed)
}

/// The Postman API wraps a collection as `{"collection": {…}}`.
fn without_api_envelope(json: &Json) -> &Json {
    match json.member("collection") {
        Some(inner) if json.member("info").is_none() && inner.member("info").is_some() => inner,
        _ => json,
    }
}

/// Accepts a missing schema and any `…/v2.x.y/…` address.
fn check_schema(info: &Json) -> Result<(), PostmanError> {
    let Some(schema) = info.member("schema").and_then(Json::as_str) else {
        return Ok(());
    };
    let major = schema.split('/').find_map(|segment| {
        let version = segment.strip_prefix('v')?;
        let numbers: Vec<&str> = version.split('.').collect();
        let numeric = numbers.len() == 3
            && numbers
                .iter()
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        numeric
            .then(|| numbers.first()?.parse::<u32>().ok())
            .flatten()
    });
    match major {
        Some(2) => Ok(()),
        Some(1) => Err(PostmanError::UnsupportedSchema("Collection v1".to_owned())),
        _ => Err(PostmanError::UnsupportedSchema(schema.to_owned())),
    }
}

struct Importer<'a> {
    new_id: &'a mut dyn FnMut() -> Id,
    now_ms: u64,
    notes: Notes,
}

/// What a folder passes down to the requests in it.
#[derive(Debug, Clone)]
struct Inherited {
    auth: AuthPlan,
    follow_redirects: bool,
}

impl Importer<'_> {
    fn collection(&mut self, pm: PmCollection) -> Collection {
        let id = (self.new_id)();
        let name = pm
            .info
            .name
            .clone()
            .unwrap_or_else(|| "Imported collection".to_owned());
        let here = Place::collection(&name);
        self.notes.description(pm.info.description);
        self.notes.fields(&here, &pm.info.extra);
        let top = Inherited {
            auth: AuthPlan::Nothing,
            follow_redirects: true,
        };
        let inherited = self.scope(
            &top,
            &here,
            pm.auth.as_ref(),
            pm.protocol_profile_behavior.as_ref(),
        );
        self.notes.scripts(&here, &pm.event);
        let variables = self.collection_variables(&here, &pm.variable);
        self.notes.fields(&here, &pm.extra);
        let items = self.items(pm.item, &Place::top(), &inherited);
        Collection {
            id,
            name,
            items,
            variables,
            revision: 1,
            updated_ms: self.now_ms,
        }
    }

    fn collection_variables(&mut self, at: &Place, variables: &[PmVariable]) -> Vec<Variable> {
        let mut kept = Vec::new();
        for variable in variables {
            self.notes.description(variable.description);
            let Some(key) = variable.name.as_deref() else {
                self.notes.add(at, "variable without a name");
                continue;
            };
            if variable.disabled {
                self.notes.add(at, format!("variable “{key}” (disabled)"));
                continue;
            }
            kept.push(Variable {
                key: key.to_owned(),
                value: variable.value.clone(),
                secret: variable.secret,
            });
        }
        kept
    }

    /// Applies the auth and settings defined at `at` on top of what `outer` passes down.
    fn scope(
        &mut self,
        outer: &Inherited,
        at: &Place,
        auth: Option<&Auth>,
        settings: Option<&Settings>,
    ) -> Inherited {
        let mut inner = outer.clone();
        if let Some(plan) = auth.and_then(|auth| plan(auth, at, &mut self.notes)) {
            inner.auth = plan;
        }
        for (key, value) in settings.into_iter().flatten() {
            match (key.as_str(), value) {
                ("followRedirects", Json::Bool(follow)) => inner.follow_redirects = *follow,
                _ => self.notes.add(at, format!("setting “{key}”")),
            }
        }
        inner
    }

    fn items(&mut self, items: Vec<PmItem>, parent: &Place, inherited: &Inherited) -> Vec<Item> {
        let mut imported = Vec::new();
        for mut item in items {
            if let Some(children) = item.item.take() {
                imported.push(Item::Folder(self.folder(item, children, parent, inherited)));
            } else if let Some(request) = item.request.take() {
                imported.push(Item::Request(
                    self.request(item, request, parent, inherited),
                ));
            } else {
                let name = item.name.as_deref().unwrap_or("");
                self.notes.add(
                    &parent.item(name),
                    "skipped: neither a request nor a folder",
                );
            }
        }
        imported
    }

    fn folder(
        &mut self,
        item: PmItem,
        children: Vec<PmItem>,
        parent: &Place,
        outer: &Inherited,
    ) -> Folder {
        let id = (self.new_id)();
        let name = item.name.unwrap_or_else(|| "Untitled folder".to_owned());
        let here = parent.folder(&name);
        self.notes.description(item.description);
        let inherited = self.scope(
            outer,
            &here,
            item.auth.as_ref(),
            item.protocol_profile_behavior.as_ref(),
        );
        self.notes.scripts(&here, &item.event);
        self.notes.variables(&here, &item.variable);
        if item.request.is_some() {
            self.notes.add(&here, "field “request”");
        }
        self.notes.fields(&here, &item.extra);
        let items = self.items(children, &here, &inherited);
        Folder { id, name, items }
    }

    fn request(
        &mut self,
        item: PmItem,
        request: PmRequest,
        parent: &Place,
        outer: &Inherited,
    ) -> SavedRequest {
        let id = (self.new_id)();
        let name = item.name.unwrap_or_else(|| "Untitled request".to_owned());
        let here = parent.request(&name);
        self.notes.description(item.description);
        self.notes.description(request.description);
        let auth = request.auth.as_ref().or(item.auth.as_ref());
        let inherited = self.scope(outer, &here, auth, item.protocol_profile_behavior.as_ref());
        self.notes.scripts(&here, &item.event);
        self.notes.variables(&here, &item.variable);
        let draft = self.draft(&request, &here, &inherited);
        if request.proxy {
            self.notes.add(&here, "proxy settings");
        }
        if request.certificate {
            self.notes.add(&here, "client certificate");
        }
        match item.responses {
            0 => {}
            1 => self.notes.add(&here, "1 saved example response"),
            n => self
                .notes
                .add(&here, format!("{n} saved example responses")),
        }
        self.notes.fields(&here, &request.extra);
        self.notes.fields(&here, &item.extra);
        SavedRequest {
            id,
            name,
            request: draft,
            revision: 1,
            updated_ms: self.now_ms,
        }
    }

    fn draft(&mut self, request: &PmRequest, at: &Place, inherited: &Inherited) -> RequestDraft {
        let method = request
            .method
            .as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .unwrap_or("GET")
            .to_owned();
        let mut params = Vec::new();
        let url = match &request.url {
            None => String::new(),
            Some(StrOr::Str(url)) => url.clone(),
            Some(StrOr::Other(parts)) => {
                for param in &parts.query {
                    self.notes.description(param.description);
                }
                params = params_table(&parts.query);
                for variable in &parts.variable {
                    self.notes.description(variable.description);
                    let key = variable.name.as_deref().unwrap_or("");
                    self.notes.add(at, format!("path variable “:{key}”"));
                }
                url_text(parts)
            }
        };
        let headers = match &request.header {
            None => Vec::new(),
            Some(StrOr::Other(headers)) => headers.iter().map(|h| self.header(h)).collect(),
            Some(StrOr::Str(block)) => header_block(block),
        };
        let body = request
            .body
            .as_ref()
            .map(|body| import_body(body, at, &mut self.notes))
            .unwrap_or_default();
        let mut draft = RequestDraft {
            method,
            url,
            headers,
            body: body.body,
            auth: Default::default(),
            follow_redirects: inherited.follow_redirects,
            params,
        };
        if let Some(content_type) = body.content_type {
            if enabled_header(&draft.headers, "Content-Type").is_none() {
                draft
                    .headers
                    .push(HeaderRow::new("Content-Type", content_type));
            }
        }
        apply(&inherited.auth, &mut draft, at, &mut self.notes);
        draft
    }

    fn header(&mut self, header: &Header) -> HeaderRow {
        self.notes.description(header.description);
        HeaderRow {
            name: header.key.clone().unwrap_or_default(),
            value: header.value.clone().unwrap_or_default(),
            enabled: !header.disabled,
        }
    }
}

/// Headers written as one block of `Name: value` lines.
fn header_block(block: &str) -> Vec<HeaderRow> {
    block
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| match line.split_once(':') {
            Some((name, value)) => HeaderRow::new(name.trim(), value.trim()),
            None => HeaderRow::new(line.trim(), ""),
        })
        .collect()
}
