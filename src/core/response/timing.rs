//! Where a response's time went: the phases the browser's Resource Timing
//! record shows (DNS, connect, TLS, waiting, download), or, when it shows
//! none, why only the total is known.

use std::fmt;

/// The marks of one resource timing record, in milliseconds on the page's
/// clock. The browser reports 0 for a mark it does not expose.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TimingMarks {
    pub start_time: f64,
    pub domain_lookup_start: f64,
    pub domain_lookup_end: f64,
    pub connect_start: f64,
    pub secure_connection_start: f64,
    pub connect_end: f64,
    pub request_start: f64,
    pub response_start: f64,
    pub response_end: f64,
}

/// What finds the browser's record of a request once its response is shown:
/// the URL it was sent to and when (page clock, ms). Reading the record is
/// left to the response view, so the code that reads it loads with that view
/// and not with the app's first load.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SentMark {
    pub url: String,
    pub at_ms: f64,
}

/// What the browser said about one request's timing.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum TimingRecord {
    /// The browser has no Resource Timing API (or nobody asked it).
    #[default]
    Unsupported,
    /// No record for this request: the buffer was full, or the browser skipped it.
    NotFound,
    Found(TimingMarks),
}

/// How the request travelled, as far as the reason text needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct TimingContext {
    /// Everything from sending to the last byte of the body, as the app measured it.
    pub total_ms: f64,
    pub redirected: bool,
}

/// One step of an exchange, in the order they happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Dns,
    Connect,
    Tls,
    Waiting,
    Download,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Dns,
        Phase::Connect,
        Phase::Tls,
        Phase::Waiting,
        Phase::Download,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Phase::Dns => "DNS",
            Phase::Connect => "Connect",
            Phase::Tls => "TLS",
            Phase::Waiting => "Waiting",
            Phase::Download => "Download",
        }
    }

    /// What the phase covers, for a tooltip.
    pub fn meaning(self) -> &'static str {
        match self {
            Phase::Dns => "looking up the server's address",
            Phase::Connect => "opening the TCP connection",
            Phase::Tls => "agreeing on encryption (HTTPS only)",
            Phase::Waiting => "from sending the request to the first byte of the answer",
            Phase::Download => "from the first byte to the last byte of the answer",
        }
    }

    /// A stable name for styling (`timing--dns` …).
    pub fn slug(self) -> &'static str {
        match self {
            Phase::Dns => "dns",
            Phase::Connect => "connect",
            Phase::Tls => "tls",
            Phase::Waiting => "waiting",
            Phase::Download => "download",
        }
    }
}

/// How long a phase took, or that it did not happen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PhaseTime {
    Took(f64),
    /// TLS on a plain `http:` connection.
    NotUsed,
}

impl PhaseTime {
    pub fn ms(self) -> f64 {
        match self {
            PhaseTime::Took(ms) => ms,
            PhaseTime::NotUsed => 0.0,
        }
    }
}

impl fmt::Display for PhaseTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PhaseTime::Took(ms) => f.write_str(&format_phase_ms(*ms)),
            PhaseTime::NotUsed => f.write_str("not used (plain HTTP)"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhaseSpan {
    pub phase: Phase,
    pub time: PhaseTime,
}

/// Why the phases of a response cannot be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotalOnlyReason {
    Unsupported,
    NotFound,
    /// Cross-origin, and the server sent no `Timing-Allow-Origin` naming this page.
    NotAllowed,
    /// A redirect went through an origin that did not allow the page to see timing.
    RedirectNotAllowed,
}

impl fmt::Display for TotalOnlyReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TotalOnlyReason::Unsupported => {
                "Only the total time is known: this browser does not report the phases of a single request."
            }
            TotalOnlyReason::NotFound => {
                "Only the total time is known: the browser kept no timing record for this request \
                 (its list of records may have been full)."
            }
            TotalOnlyReason::NotAllowed => {
                "Only the total time is known: the server is on another origin and did not send a \
                 Timing-Allow-Origin header naming this page, so the browser hides the phases. \
                 A server that sends Timing-Allow-Origin: * lets any page see them."
            }
            TotalOnlyReason::RedirectNotAllowed => {
                "Only the total time is known: the request was redirected, and not every origin \
                 on the way sent a Timing-Allow-Origin header naming this page, so the browser \
                 hides the phases."
            }
        })
    }
}

/// The timing picture of one response.
#[derive(Debug, Clone, PartialEq)]
pub enum Timing {
    Phases {
        phases: [PhaseSpan; 5],
        total_ms: f64,
        /// DNS, connect and TLS took no measurable time: most likely the
        /// browser sent the request over a connection it already had open.
        reused: bool,
    },
    TotalOnly {
        total_ms: f64,
        reason: TotalOnlyReason,
    },
}

impl Timing {
    pub fn new(record: TimingRecord, context: TimingContext) -> Timing {
        let total_ms = finite_or_zero(context.total_ms).max(0.0);
        let total_only = |reason| Timing::TotalOnly { total_ms, reason };
        match record {
            TimingRecord::Unsupported => total_only(TotalOnlyReason::Unsupported),
            TimingRecord::NotFound => total_only(TotalOnlyReason::NotFound),
            TimingRecord::Found(marks) if !exposed(&marks) => total_only(if context.redirected {
                TotalOnlyReason::RedirectNotAllowed
            } else {
                TotalOnlyReason::NotAllowed
            }),
            TimingRecord::Found(marks) => {
                let phases = phases(&marks, total_ms);
                let reused = phases[..3].iter().all(|span| span.time.ms() == 0.0);
                Timing::Phases {
                    phases,
                    total_ms,
                    reused,
                }
            }
        }
    }

    pub fn total_ms(&self) -> f64 {
        match self {
            Timing::Phases { total_ms, .. } | Timing::TotalOnly { total_ms, .. } => *total_ms,
        }
    }
}

/// A browser zeroes every mark between start and end for a cross-origin
/// response that did not pass the timing-allow check.
fn exposed(marks: &TimingMarks) -> bool {
    marks.request_start > 0.0 && marks.response_start > 0.0
}

/// The phases, each clamped into the exchange's window and after the one
/// before it, so that even a browser reporting marks out of order never gives
/// a negative phase or phases longer than the total.
fn phases(marks: &TimingMarks, total_ms: f64) -> [PhaseSpan; 5] {
    let start = finite_or_zero(marks.start_time);
    let mut timeline = Timeline {
        cursor: start,
        end: start + total_ms,
    };
    let dns = timeline.span(marks.domain_lookup_start, marks.domain_lookup_end);
    let connect_start = timeline.at(marks.connect_start);
    let tls_start =
        (marks.secure_connection_start > 0.0).then(|| timeline.at(marks.secure_connection_start));
    let connect_end = timeline.at(marks.connect_end);
    let connect = tls_start.unwrap_or(connect_end) - connect_start;
    let tls = tls_start.map_or(PhaseTime::NotUsed, |at| PhaseTime::Took(connect_end - at));
    let waiting = timeline.span(marks.request_start, marks.response_start);
    let download = timeline.span(marks.response_start, marks.response_end);
    let span = |phase, time| PhaseSpan { phase, time };
    [
        span(Phase::Dns, PhaseTime::Took(dns)),
        span(Phase::Connect, PhaseTime::Took(connect)),
        span(Phase::Tls, tls),
        span(Phase::Waiting, PhaseTime::Took(waiting)),
        span(Phase::Download, PhaseTime::Took(download)),
    ]
}

/// Marks read in order; each is moved to be no earlier than the one before
/// and no later than the end of the exchange.
struct Timeline {
    cursor: f64,
    end: f64,
}

impl Timeline {
    fn at(&mut self, mark: f64) -> f64 {
        // The cursor starts at the window's start and never passes its end.
        if mark.is_finite() {
            self.cursor = mark.clamp(self.cursor, self.end);
        }
        self.cursor
    }

    fn span(&mut self, from: f64, to: f64) -> f64 {
        let from = self.at(from);
        self.at(to) - from
    }
}

fn finite_or_zero(value: f64) -> f64 {
    if value.is_finite() {
        value
    } else {
        0.0
    }
}

/// A phase's length: tenths below 10 ms, where they still say something.
pub fn format_phase_ms(ms: f64) -> String {
    // Whole numbers only: formatting a float would bring its tables (about
    // 15 kB of wasm) into the response chunk.
    let tenths = (finite_or_zero(ms).max(0.0) * 10.0).round() as u64;
    if tenths < 100 {
        format!("{}.{} ms", tenths / 10, tenths % 10)
    } else {
        format!("{} ms", (tenths + 5) / 10)
    }
}

/// `part` as a share of `total`, for a CSS width: `"12.34%"`, never below 0 %
/// or above 100 %.
pub fn css_share(part: f64, total: f64) -> String {
    let share = if total > 0.0 {
        finite_or_zero(part / total).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let hundredths = (share * 10_000.0).round() as u32;
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

/// Of the records for this request's URL, the newest one that started after
/// the request was sent: an earlier record for the same URL is an earlier send.
/// The tolerance absorbs the browser's rounding of its clock.
pub fn pick_newest(start_times: impl IntoIterator<Item = f64>, sent_at: f64) -> Option<usize> {
    const CLOCK_SLACK_MS: f64 = 1.0;
    start_times
        .into_iter()
        .enumerate()
        .filter(|(_, start)| start.is_finite() && *start + CLOCK_SLACK_MS >= sent_at)
        .fold(
            None,
            |best: Option<(usize, f64)>, (index, start)| match best {
                Some((_, newest)) if newest > start => best,
                _ => Some((index, start)),
            },
        )
        .map(|(index, _)| index)
}

#[cfg(test)]
mod tests;
