//! The curl options the importer knows: what each does to the request, and
//! whether it takes an argument (which decides how the words after it read).

/// What an option does to the request being imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Request,
    Header,
    Data(DataKind),
    Form {
        literal: bool,
    },
    User,
    Bearer,
    Cookie,
    UserAgent,
    Referer,
    Url,
    Get,
    Head,
    Location,
    /// Leaves what is sent unchanged (output, progress, retries, compression
    /// the browser does anyway).
    Unchanged,
    /// Changes the request in a way a web page cannot: listed with the reason.
    CannotHonour(&'static str),
}

/// How a data option reads its argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataKind {
    /// `-d`, `--data`, `--data-ascii`: `@file` reads a file.
    Ascii,
    /// `--data-binary`: `@file` reads a file, kept byte for byte.
    Binary,
    /// `--data-raw`: taken as written, `@` included.
    Raw,
    /// `--data-urlencode`: percent-encoded, `name=` kept.
    UrlEncode,
    /// `--json`: like `--data-binary`, and marks the body as JSON.
    Json,
}

pub struct Spec {
    pub long: &'static str,
    pub short: Option<char>,
    pub takes_argument: bool,
    pub effect: Effect,
}

const fn with_arg(long: &'static str, short: Option<char>, effect: Effect) -> Spec {
    Spec {
        long,
        short,
        takes_argument: true,
        effect,
    }
}

const fn flag(long: &'static str, short: Option<char>, effect: Effect) -> Spec {
    Spec {
        long,
        short,
        takes_argument: false,
        effect,
    }
}

const FILE: &str = "it reads a local file, which a web page cannot open: paste the content instead";
const TLS: &str = "a browser always checks certificates and chooses the TLS settings itself";
const PROXY: &str = "a web page cannot choose the proxy; the browser's own settings apply";
const AUTH: &str = "this app sends no such authentication; add the header it produces by hand";
const NETWORK: &str = "where and how to connect is decided by the browser, not the page";
const VERSION: &str = "the browser picks the HTTP version itself";
const TIMEOUT: &str = "set the timeout in the editor instead";

use DataKind::*;
use Effect::*;

pub static OPTIONS: &[Spec] = &[
    with_arg("request", Some('X'), Request),
    with_arg("header", Some('H'), Header),
    with_arg("data", Some('d'), Data(Ascii)),
    with_arg("data-ascii", None, Data(Ascii)),
    with_arg("data-binary", None, Data(Binary)),
    with_arg("data-raw", None, Data(Raw)),
    with_arg("data-urlencode", None, Data(UrlEncode)),
    with_arg("json", None, Data(Json)),
    with_arg("form", Some('F'), Form { literal: false }),
    with_arg("form-string", None, Form { literal: true }),
    with_arg("user", Some('u'), User),
    with_arg("oauth2-bearer", None, Bearer),
    with_arg("cookie", Some('b'), Cookie),
    with_arg("user-agent", Some('A'), UserAgent),
    with_arg("referer", Some('e'), Referer),
    with_arg("url", None, Url),
    flag("get", Some('G'), Get),
    flag("head", Some('I'), Head),
    flag("location", Some('L'), Location),
    flag("location-trusted", None, Location),
    // Nothing that is sent changes.
    flag("compressed", None, Unchanged),
    flag("silent", Some('s'), Unchanged),
    flag("show-error", Some('S'), Unchanged),
    flag("verbose", Some('v'), Unchanged),
    flag("include", Some('i'), Unchanged),
    flag("fail", Some('f'), Unchanged),
    flag("fail-with-body", None, Unchanged),
    flag("progress-bar", Some('#'), Unchanged),
    flag("no-progress-meter", None, Unchanged),
    flag("no-buffer", Some('N'), Unchanged),
    flag("globoff", Some('g'), Unchanged),
    flag("remote-name", Some('O'), Unchanged),
    flag("remote-header-name", Some('J'), Unchanged),
    flag("basic", None, Unchanged),
    flag("no-keepalive", None, Unchanged),
    flag("tcp-nodelay", None, Unchanged),
    with_arg("output", Some('o'), Unchanged),
    with_arg("write-out", Some('w'), Unchanged),
    with_arg("dump-header", Some('D'), Unchanged),
    with_arg("cookie-jar", Some('c'), Unchanged),
    with_arg("stderr", None, Unchanged),
    with_arg("trace", None, Unchanged),
    with_arg("trace-ascii", None, Unchanged),
    with_arg("retry", None, Unchanged),
    with_arg("retry-delay", None, Unchanged),
    with_arg("retry-max-time", None, Unchanged),
    with_arg("max-redirs", None, Unchanged),
    with_arg("limit-rate", None, Unchanged),
    // What a page cannot do.
    flag("insecure", Some('k'), CannotHonour(TLS)),
    with_arg("cacert", None, CannotHonour(TLS)),
    with_arg("capath", None, CannotHonour(TLS)),
    with_arg("cert", Some('E'), CannotHonour(TLS)),
    with_arg("cert-type", None, CannotHonour(TLS)),
    with_arg("key", None, CannotHonour(TLS)),
    with_arg("ciphers", None, CannotHonour(TLS)),
    flag("tlsv1.2", None, CannotHonour(TLS)),
    flag("tlsv1.3", None, CannotHonour(TLS)),
    with_arg("proxy", Some('x'), CannotHonour(PROXY)),
    with_arg("proxy-user", Some('U'), CannotHonour(PROXY)),
    with_arg("proxy-header", None, CannotHonour(PROXY)),
    with_arg("noproxy", None, CannotHonour(PROXY)),
    flag("digest", None, CannotHonour(AUTH)),
    flag("ntlm", None, CannotHonour(AUTH)),
    flag("negotiate", None, CannotHonour(AUTH)),
    flag("anyauth", None, CannotHonour(AUTH)),
    with_arg("aws-sigv4", None, CannotHonour(AUTH)),
    flag("netrc", Some('n'), CannotHonour(FILE)),
    with_arg("netrc-file", None, CannotHonour(FILE)),
    with_arg("upload-file", Some('T'), CannotHonour(FILE)),
    with_arg("config", Some('K'), CannotHonour(FILE)),
    with_arg("resolve", None, CannotHonour(NETWORK)),
    with_arg("connect-to", None, CannotHonour(NETWORK)),
    with_arg("interface", None, CannotHonour(NETWORK)),
    with_arg("unix-socket", None, CannotHonour(NETWORK)),
    with_arg("local-port", None, CannotHonour(NETWORK)),
    flag("ipv4", Some('4'), CannotHonour(NETWORK)),
    flag("ipv6", Some('6'), CannotHonour(NETWORK)),
    flag("http1.0", Some('0'), CannotHonour(VERSION)),
    flag("http1.1", None, CannotHonour(VERSION)),
    flag("http2", None, CannotHonour(VERSION)),
    flag("http2-prior-knowledge", None, CannotHonour(VERSION)),
    flag("http3", None, CannotHonour(VERSION)),
    with_arg("max-time", Some('m'), CannotHonour(TIMEOUT)),
    with_arg("connect-timeout", None, CannotHonour(TIMEOUT)),
    flag(
        "path-as-is",
        None,
        CannotHonour("the browser always resolves ./ and ../ in a URL"),
    ),
    with_arg(
        "request-target",
        None,
        CannotHonour("fetch() always sends the URL's own path"),
    ),
    with_arg(
        "time-cond",
        Some('z'),
        CannotHonour("write the If-Modified-Since header by hand"),
    ),
];

pub fn long(name: &str) -> Option<&'static Spec> {
    OPTIONS.iter().find(|spec| spec.long == name)
}

pub fn short(letter: char) -> Option<&'static Spec> {
    OPTIONS.iter().find(|spec| spec.short == Some(letter))
}
