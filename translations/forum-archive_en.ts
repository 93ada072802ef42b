<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>fa::AuthoringPanel</name>
    <message numerus="yes">
        <source>%n chapter(s) imported into %1.</source>
        <translation>
            <numerusform>%n chapter imported into %1.</numerusform>
            <numerusform>%n chapters imported into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added to %1.</source>
        <translation>
            <numerusform>%n session added to %1.</numerusform>
            <numerusform>%n sessions added to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::BrowseController</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n topic(s)</source>
        <translation>
            <numerusform>%1 of %n topic</numerusform>
            <numerusform>%1 of %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 of %n session</numerusform>
            <numerusform>%1 of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::CatalogDiff</name>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n session added</numerusform>
            <numerusform>%n sessions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>%n session removed</numerusform>
            <numerusform>%n sessions removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>%n session changed</numerusform>
            <numerusform>%n sessions changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::CatalogTool</name>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation>
            <numerusform>%n error found.</numerusform>
            <numerusform>%n errors found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: %1, %n warning(s)</source>
        <extracomment>%1 is "%n session(s)"</extracomment>
        <translation>
            <numerusform>valid: %1, %n warning</numerusform>
            <numerusform>valid: %1, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ChapterImportPreview</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ChapterList</name>
    <message numerus="yes">
        <source>only %n chapter(s); YouTube needs at least 3</source>
        <translation>
            <numerusform>only %n chapter; YouTube needs at least 3</numerusform>
            <numerusform>only %n chapters; YouTube needs at least 3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ChapterOverlay</name>
    <message numerus="yes">
        <source>Import %n chapter(s)</source>
        <translation>
            <numerusform>Import %n chapter</numerusform>
            <numerusform>Import %n chapters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::DownloadsPanel</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::FacetModel</name>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n session</numerusform>
            <numerusform>%1, %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::HttpRangeDevice</name>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>no data for %n second</numerusform>
            <numerusform>no data for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ImportCommands</name>
    <message numerus="yes">
        <source>--add-sessions adds the %n unmatched chapter(s) as sessions of %1.</source>
        <translation>
            <numerusform>--add-sessions adds the %n unmatched chapter as sessions of %1.</numerusform>
            <numerusform>--add-sessions adds the %n unmatched chapters as sessions of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ImportDialog</name>
    <message numerus="yes">
        <source>Apply puts these %n chapter(s) on the recording and adds %1 session(s) to %2; Undo takes them back.</source>
        <translation>
            <numerusform>Apply puts these %n chapter on the recording and adds %1 session to %2; Undo takes them back.</numerusform>
            <numerusform>Apply puts these %n chapters on the recording and adds %1 sessions to %2; Undo takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply puts these %n chapter(s) on the recording and sets the starts of the matched sessions; Undo takes them back.</source>
        <translation>
            <numerusform>Apply puts these %n chapter on the recording and sets the starts of the matched sessions; Undo takes them back.</numerusform>
            <numerusform>Apply puts these %n chapters on the recording and sets the starts of the matched sessions; Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::MediaCccDialog</name>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n conference</numerusform>
            <numerusform>%n conferences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ProblemsDialog</name>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s) must be fixed first. The catalog that was open stays open.</source>
        <translation>
            <numerusform>%1 could not be opened: %n problem must be fixed first. The catalog that was open stays open.</numerusform>
            <numerusform>%1 could not be opened: %n problems must be fixed first. The catalog that was open stays open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened, with %n warning(s). Unknown fields are ignored.</source>
        <translation>
            <numerusform>%1 opened, with %n warning. Unknown fields are ignored.</numerusform>
            <numerusform>%1 opened, with %n warnings. Unknown fields are ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::RemoteValidation</name>
    <message numerus="yes">
        <source>%n of the catalog's addresses cannot be reached.</source>
        <translation>
            <numerusform>%n of the catalog's addresses cannot be reached.</numerusform>
            <numerusform>%n of the catalog's addresses cannot be reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: %1, %2, %n warning(s)</source>
        <extracomment>%1 is "%n session(s)", %2 "%n address(es) checked"</extracomment>
        <translation>
            <numerusform>valid: %1, %2, %n warning</numerusform>
            <numerusform>valid: %1, %2, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) checked</source>
        <translation>
            <numerusform>%n address checked</numerusform>
            <numerusform>%n addresses checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::SessionListPane</name>
    <message numerus="yes">
        <source>Reading subtitles: %1 of %n file(s)…</source>
        <translation>
            <numerusform>Reading subtitles: %1 of %n file…</numerusform>
            <numerusform>Reading subtitles: %1 of %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n moment(s); press Enter to play one.</source>
        <translation>
            <numerusform>The first %n moment; press Enter to play one.</numerusform>
            <numerusform>The first %n moments; press Enter to play one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s); press Enter to play one.</source>
        <translation>
            <numerusform>%n moment; press Enter to play one.</numerusform>
            <numerusform>%n moments; press Enter to play one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::SessionPresenter</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::SubtitleReadResult</name>
    <message numerus="yes">
        <source>%n more problem(s)</source>
        <translation>
            <numerusform>%n more problem</numerusform>
            <numerusform>%n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::SubtitleReader</name>
    <message numerus="yes">
        <source>%n cue(s) start before an earlier cue has ended; they are shown together</source>
        <translation>
            <numerusform>%n cue start before an earlier cue has ended; they are shown together</numerusform>
            <numerusform>%n cues start before an earlier cue has ended; they are shown together</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::YouTubeFailure</name>
    <message numerus="yes">
        <source>yt-dlp gave no answer for “%1” within %n second(s). Check the network connection, or update yt-dlp.</source>
        <translation>
            <numerusform>yt-dlp gave no answer for “%1” within %n second. Check the network connection, or update yt-dlp.</numerusform>
            <numerusform>yt-dlp gave no answer for “%1” within %n seconds. Check the network connection, or update yt-dlp.</numerusform>
        </translation>
    </message>
</context>
</TS>