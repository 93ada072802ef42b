<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>FilterPane</name>
    <message>
        <source>Switch between the open catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::CatalogBuilder</name>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person without a name is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;: this event is kept as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event &apos;%1&apos; has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule names no time zone; times are taken as UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::CatalogDiff</name>
    <message>
        <source>No session changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::CatalogParser</name>
    <message>
        <source>unknown field, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code such as en, fr or es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string or an object of translations, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time: use seconds, M:SS or H:MM:SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected seconds or a time such as 1:02:30, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a local date and time in the form YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time needs the event&apos;s timeZone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a catalog loaded from the network cannot refer to the local file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a path relative to the catalog&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the catalog&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a link that leads outside the catalog&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing: this is not a Forum Archive catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported; this application reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour such as #1f7a4d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the event&apos;s dates (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a catalog needs at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;day&quot; or &quot;session&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown day &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source needs exactly one of &quot;path&quot; or &quot;url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;media&quot;, &quot;youtube&quot; or &quot;page&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pillar &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a speaker id or an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown speaker &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown recording &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond the end of recording &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start time needs the event&apos;s timeZone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time in the form HH:MM or a date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session (%1 to %2) lies outside its day &apos;%3&apos; (%4 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a material needs exactly one of &quot;path&quot; or &quot;url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::CatalogReader</name>
    <message>
        <source>this folder has no catalog.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB, more than the limit of %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog is larger than the limit of %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON is nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::CatalogTool</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: forum-archive-catalog COMMAND [OPTIONS] PATH

Checks and inspects Forum Archive catalogs. PATH is a catalog .json file
or a folder bundle holding catalog.json.

Commands:
  validate PATH   report every problem; exit 0 when valid, 1 when not
  stats PATH      count days, sessions, speakers, pillars and recordings
  list PATH       one line per session: id, day, start, title
  import INPUT -o OUT.json
                  turn a frab schedule.xml or schedule.json into a catalog, or
                  add YouTube or WebVTT chapters to one (--catalog, --recording)
  export-chapters PATH --recording ID --format youtube|webvtt
                  print the chapters of a recording

Run &apos;forum-archive-catalog COMMAND --help&apos; for the options of a command.
Options: --help, --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a catalog and reports every problem as &apos;path: message&apos; on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog file or bundle folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate needs exactly one PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: %1 sessions, %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counts the parts of a catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats needs exactly one PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the sessions that match the filters, one per line: id, day, start, title (tab-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions of this day id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions with this pillar id (repeatable: any of).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions with this speaker id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions whose texts contain every word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the titles: en, fr or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list needs exactly one PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be en, fr or es.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::ChapterList</name>
    <message>
        <source>&apos;%1&apos; is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no chapter lines such as &apos;0:00 Opening&apos; found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first chapter starts at %1; YouTube needs the first at 0:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not come after the previous chapter (%2); chapters must be in ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chapter &apos;%1&apos; lasts %2 s; YouTube needs at least 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>only %n chapter(s); YouTube needs at least 3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a WebVTT file must start with the line WEBVTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cue needs a timing line such as 00:00:00.000 --&gt; 00:01:00.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cue timing such as 00:00:00.000 --&gt; 00:01:00.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cue has no text to name the chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cues found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes before the previous cue (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::ChapterListModel</name>
    <message>
        <source>%1  %2</source>
        <extracomment>Chapter list row: start time, then title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::ChapterMatcher</name>
    <message>
        <source>%1 is beyond the end of recording &apos;%2&apos;; &apos;%3&apos; is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched chapters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignoring case and accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar, %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatched chapters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions without a chapter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::DownloadManager</name>
    <message>
        <source>Cannot create the download folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent nothing to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file downloaded from %1 does not match its sha256 checksum; it was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::DownloadModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::FacetModel</name>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::FilterPane</name>
    <message>
        <source>No catalog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>Event dates, e.g. &quot;April 26, 2022 – April 28, 2022&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::FrabXmlImporter</name>
    <message>
        <source>the schedule names no time zone; using %1 from its times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule names no time zone; using %1 from its city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule names no time zone; times are taken as UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a &lt;schedule&gt; element, found &lt;%1&gt;: this is not a frab schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: malformed XML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule has no &lt;day&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;day&gt; without a date is left out with its events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a start time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::HelpDialogs</name>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove the selected session from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note about the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (in the player)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back or forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back or forward 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen video (Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the sessions of a multi-day event and watch each one from its place in the day&apos;s recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2. MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days, %2 sessions, %3 speakers, %4 pillars, %5 recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Forum Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::ImportCommands</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a frab schedule.xml, a schedule.json, YouTube description chapters or WebVTT chapters. Chapters need --catalog and --recording: they are matched to the catalog&apos;s sessions by title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frab, schedule-json, youtube or webvtt (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog that chapters are added to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording id the chapters belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the catalog (without it, only the summary is printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone for a schedule that names none, e.g. Europe/Brussels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one INPUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be frab, schedule-json, youtube or webvtt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters need --catalog BASE and --recording ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the catalog has no recording &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the output is in another folder than the catalog; its relative paths resolve from the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the imported catalog does not validate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the chapters of a recording as YouTube description lines or as WebVTT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog file or bundle folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youtube or webvtt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-chapters needs exactly one PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-chapters needs --recording ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be youtube or webvtt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: recording &apos;%1&apos; has no chapters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::ImportReport</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speakers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pillars: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recordings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped elements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::MainWindow</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; the entries are each language&apos;s own name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Favourites and Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Forum Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters, sessions and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum Archive catalogs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Favourites and Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is missing from the catalog&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::NetworkAccess</name>
    <message>
        <source>Cannot reach %1: the server name was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: the server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (no data for %2 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed and was not used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP error %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer from %1 was cut short: the connection closed before all the data arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends more than the limit of %2 MiB; the transfer was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent content of type &apos;%2&apos;, not a JSON catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects in a loop or more than %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects to &apos;%2&apos;, which is not an http or https address; the redirect was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer from %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::NotesExport</name>
    <message>
        <source>Favourites and notes exported on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourites or notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::PhotoCache</name>
    <message>
        <source>&apos;%1&apos; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture at %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::PlaybackErrors</name>
    <message>
        <source>The recording file “%1” does not exist. Check that the archive folder is complete, or link the recording to another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording linked. Link a file or an address to play this recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at “%1” does not support seeking, so the recording cannot start at %2. Download the file and link it, or open the address in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open “%1”. Copy the address into a web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at “%1” does not support seeking (%2). Download the file and link it, or open the address in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in a format this system cannot play (%2). Install the GStreamer plugins for it (H.264 needs gstreamer1.0-libav) or link another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” could not be reached (%2). Check the network connection and the address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to “%1” was denied (%2). Check the file&apos;s permissions or the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be played (%2). Check that it is a complete video or audio file, or link another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording at “%1” could not be played (%2). Check the network connection and the address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be played (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::PlaybackPlanner</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 from %3</source>
        <extracomment>Recording choice: language — recording title from offset, e.g. &quot;English — Day 1 recording from 1:02:30&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::ProblemsDialog</name>
    <message>
        <source>Catalog not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog opened with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s) must be fixed first. The catalog that was open stays open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened, with %n warning(s). Unknown fields are ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::RemoteCatalogLoader</name>
    <message>
        <source>&apos;%1&apos; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered &apos;not modified&apos; but no copy of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog at %1 has problems and was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from %1 kept: the new version was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of %1 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::ScheduleImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a chapter format, not a schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::ScheduleJsonImporter</name>
    <message>
        <source>the schedule names no time zone; using %1 from its times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: malformed JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;conference&quot; object: this is not a schedule.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule has no days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule names no time zone; using %1 from its city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schedule names no time zone; times are taken as UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day without a date is left out with its events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object keyed by room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a start time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::SessionDetailPane</name>
    <message>
        <source>Select a session to see its speakers, materials and recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recording linked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle favourite (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note about this session; it is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::SessionListModel</name>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::SessionListPane</name>
    <message>
        <source>This catalog has no sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its days and pillars are listed on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourites only (you have none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing fits %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, summaries and speakers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::SessionPresenter</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>Marks a catalog text shown in another language than the chosen one, e.g. &quot;(English)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Play from %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play %1 from the start (this session&apos;s position in it is not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording linked yet: the position of this session in its day&apos;s recording is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fa::UserDataStore</name>
    <message>
        <source>Your saved data for this catalog could not be read (%1: %2). Changes will be kept in memory until it can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Forum Archive data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved data for this catalog was damaged (%1) and has been set aside as %2. Starting with empty favourites and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your data to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse an event&apos;s sessions and watch their recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this catalog file or folder bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, fr or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds to the first paint and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reopen the catalogs and filters of the last run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
