<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>valid: %1 sessions, %n warning(s)</source>
        <translation>
            <numerusform>valid: %1 sessions, %n warning</numerusform>
            <numerusform>valid: %1 sessions, %n warnings</numerusform>
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