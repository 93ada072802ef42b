<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FilterPane</name>
    <message>
        <source>Switch between the open catalogs</source>
        <translation>Passer d’un catalogue ouvert à l’autre</translation>
    </message>
    <message>
        <source>Open catalogs</source>
        <translation>Catalogues ouverts</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Journées</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Journées</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Pilla&amp;rs</source>
        <translation>&amp;Piliers</translation>
    </message>
    <message>
        <source>Spea&amp;ker</source>
        <translation>In&amp;tervenant</translation>
    </message>
    <message>
        <source>Favo&amp;urites only</source>
        <translation>Favoris &amp;uniquement</translation>
    </message>
</context>
<context>
    <name>fa::AddedSessionEditor</name>
    <message>
        <source>Pillars of the added session</source>
        <translation>Piliers de la session ajoutée</translation>
    </message>
    <message>
        <source>Keeps these titles and pillars (one step you can undo).</source>
        <translation>Conserve ces titres et ces piliers (en une étape que vous pouvez annuler).</translation>
    </message>
    <message>
        <source>Removes the session you added; its chapter stays in the recording.</source>
        <translation>Supprime la session que vous avez ajoutée&#xa0;; son chapitre reste dans l’enregistrement.</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <translation>Titre (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Title in %1</source>
        <translation>Titre en %1</translation>
    </message>
    <message>
        <source>You added this session from a chapter of %1 at %2.</source>
        <translation>Vous avez ajouté cette session à partir d’un chapitre de %1 à %2.</translation>
    </message>
    <message>
        <source>Pillars:</source>
        <translation>Piliers&#xa0;:</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Retirer la session</translation>
    </message>
</context>
<context>
    <name>fa::AddressChecker</name>
    <message>
        <source>the file %1 is missing</source>
        <translation>le fichier %1 est absent</translation>
    </message>
    <message>
        <source>leads to no file and no address</source>
        <translation>ne mène à aucun fichier ni à aucune adresse</translation>
    </message>
    <message>
        <source>%1 does not announce Range requests (Accept-Ranges: bytes): the app cannot seek in this recording unless the server answers them</source>
        <translation>%1 n’annonce pas les requêtes Range (Accept-Ranges: bytes)&#xa0;: l’application ne peut pas se déplacer dans cet enregistrement si le serveur n’y répond pas</translation>
    </message>
</context>
<context>
    <name>fa::ApiAnswerFetcher</name>
    <message>
        <source>not an http or https address</source>
        <translation>pas une adresse http ou https</translation>
    </message>
    <message>
        <source>%1 cannot be reached and no copy of it is kept.</source>
        <translation>%1 est injoignable et aucune copie n’en est conservée.</translation>
    </message>
    <message>
        <source>%1 answered &apos;not modified&apos; but no copy of it is kept.</source>
        <translation>%1 a répondu «&#xa0;not modified&#xa0;», mais aucune copie n’en est conservée.</translation>
    </message>
</context>
<context>
    <name>fa::ArchiveSession</name>
    <message>
        <source>The built-in catalog</source>
        <translation>Le catalogue intégré</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 est à jour.</translation>
    </message>
    <message>
        <source>%1 updated: %2</source>
        <translation>%1 mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>This session has no recording in the catalog.</source>
        <translation>Cette session n’a aucun enregistrement dans le catalogue.</translation>
    </message>
    <message>
        <source>No open catalog has a recording at %1.</source>
        <translation>Aucun catalogue ouvert ne contient d’enregistrement correspondant à %1.</translation>
    </message>
    <message>
        <source>Now playing: %1</source>
        <translation>Lecture en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fa::AuthoringPanel</name>
    <message>
        <source>Records the current playback position as where the selected session starts in this recording.</source>
        <translation>Retient la position de lecture actuelle comme début de la session sélectionnée dans cet enregistrement.</translation>
    </message>
    <message>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <source>Move the session start one second earlier</source>
        <translation>Avancer d’une seconde le début de la session</translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <source>Move the session start one second later</source>
        <translation>Retarder d’une seconde le début de la session</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last chapter edit (%1)</source>
        <translation>Annuler la dernière modification de chapitre (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the chapter edit (%1)</source>
        <translation>Rétablir la modification de chapitre (%1)</translation>
    </message>
    <message>
        <source>Undo the last chapter edit</source>
        <translation>Annuler la dernière modification de chapitre</translation>
    </message>
    <message>
        <source>Redo the chapter edit</source>
        <translation>Rétablir la modification de chapitre</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the chapters</source>
        <translation>Exporter les chapitres</translation>
    </message>
    <message>
        <source>Full Catalog (.json)…</source>
        <translation>Catalogue complet (.json)…</translation>
    </message>
    <message>
        <source>YouTube Chapters (.txt)…</source>
        <translation>Chapitres YouTube (.txt)…</translation>
    </message>
    <message>
        <source>WebVTT Chapters (.vtt)…</source>
        <translation>Chapitres WebVTT (.vtt)…</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Début de la session</translation>
    </message>
    <message>
        <source>Authoring message</source>
        <translation>Message d’édition</translation>
    </message>
    <message>
        <source>Select a session to mark where it starts.</source>
        <translation>Sélectionnez une session pour en marquer le début.</translation>
    </message>
    <message>
        <source>Play a recording of this catalog to mark where “%1” starts.</source>
        <translation>Lisez un enregistrement de ce catalogue pour marquer le début de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” has no start in %2 yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore de début dans %2.</translation>
    </message>
    <message>
        <source>“%1” starts at %2 in %3.</source>
        <translation>«&#xa0;%1&#xa0;» commence à %2 dans %3.</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>Catalogues (*.json)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>WebVTT files (*.vtt)</source>
        <translation>Fichiers WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>Export Chapters</source>
        <translation>Exporter les chapitres</translation>
    </message>
    <message>
        <source>There is no catalog to export.</source>
        <translation>Aucun catalogue à exporter.</translation>
    </message>
    <message>
        <source>Play a recording of this catalog first: chapters are exported per recording.</source>
        <translation>Lisez d’abord un enregistrement de ce catalogue&#xa0;: les chapitres sont exportés par enregistrement.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It is in another folder than the catalog: its relative media and material paths resolve from the new folder.</source>
        <translation>Il se trouve dans un autre dossier que le catalogue&#xa0;: ses chemins relatifs vers les médias et les documents sont résolus à partir du nouveau dossier.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Import Chapters…</source>
        <translation>Importer des &amp;chapitres…</translation>
    </message>
    <message>
        <source>Paste or open the chapters of a recording (a YouTube description or a WebVTT file): every chapter goes on the recording, and chapters that name no session can become sessions of its day.</source>
        <translation>Collez ou ouvrez les chapitres d’un enregistrement (une description YouTube ou un fichier WebVTT)&#xa0;: chaque chapitre est placé sur l’enregistrement, et les chapitres qui ne nomment aucune session peuvent devenir des sessions de sa journée.</translation>
    </message>
    <message>
        <source>The chapters could not be applied to this catalog.</source>
        <translation>Impossible d’appliquer les chapitres à ce catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) imported into %1.</source>
        <translation>
            <numerusform>%n chapitre importé dans %1.</numerusform>
            <numerusform>%n chapitres importés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added to %1.</source>
        <translation>
            <numerusform>%n session ajoutée à %1.</numerusform>
            <numerusform>%n sessions ajoutées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set s&amp;tart of this session here</source>
        <translation>Marquer ici le dé&amp;but de cette session</translation>
    </message>
</context>
<context>
    <name>fa::BrowseController</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n sujet</numerusform>
            <numerusform>%n sujets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n topic(s)</source>
        <translation>
            <numerusform>%1 sur %n sujet</numerusform>
            <numerusform>%1 sur %n sujets</numerusform>
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
            <numerusform>%1 sur %n session</numerusform>
            <numerusform>%1 sur %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::CatalogBuilder</name>
    <message>
        <source>a person without a name is left out</source>
        <translation>une personne sans nom est omise</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;: this event is kept as &apos;%2&apos;</source>
        <translation>identifiant «&#xa0;%1&#xa0;» en double&#xa0;: cet événement est conservé sous «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Untitled session %1</source>
        <translation>Session sans titre %1</translation>
    </message>
    <message>
        <source>event &apos;%1&apos; has no title</source>
        <translation>l’événement «&#xa0;%1&#xa0;» n’a pas de titre</translation>
    </message>
    <message>
        <source>Imported schedule</source>
        <translation>Programme importé</translation>
    </message>
    <message>
        <source>the schedule has no title</source>
        <translation>le programme n’a pas de titre</translation>
    </message>
    <message>
        <source>the schedule names no time zone; times are taken as UTC</source>
        <translation>le programme n’indique aucun fuseau horaire&#xa0;; les heures sont considérées comme UTC</translation>
    </message>
</context>
<context>
    <name>fa::CatalogDialogs</name>
    <message>
        <source>Open Catalog</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <source>Forum Archive catalogs (*.json);;All files (*)</source>
        <translation>Catalogues Forum Archive (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Folder Bundle</source>
        <translation>Ouvrir un dossier groupé</translation>
    </message>
    <message>
        <source>Open from Address</source>
        <translation>Ouvrir depuis une adresse</translation>
    </message>
    <message>
        <source>Address of a Forum Archive catalog, or of a media.ccc.de conference or talk:</source>
        <translation>Adresse d’un catalogue Forum Archive, ou d’une conférence ou d’un exposé media.ccc.de&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importé</translation>
    </message>
    <message>
        <source>Export Favourites and Notes</source>
        <translation>Exporter les favoris et les notes</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>fa::CatalogDiff</name>
    <message>
        <source>No session changed.</source>
        <translation>Aucune session modifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n session ajoutée</numerusform>
            <numerusform>%n sessions ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>%n session supprimée</numerusform>
            <numerusform>%n sessions supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>%n session modifiée</numerusform>
            <numerusform>%n sessions modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>fa::CatalogParser</name>
    <message>
        <source>unknown field, ignored</source>
        <translation>champ inconnu, ignoré</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code such as en, fr or es</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue comme en, fr ou es</translation>
    </message>
    <message>
        <source>expected a string or an object of translations, found %1</source>
        <translation>chaîne ou objet de traductions attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>%1 is not a usable number of seconds</source>
        <translation>%1 n’est pas un nombre de secondes utilisable</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time: use seconds, M:SS or H:MM:SS</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un temps valide&#xa0;: utilisez des secondes, M:SS ou H:MM:SS</translation>
    </message>
    <message>
        <source>expected seconds or a time such as 1:02:30, found %1</source>
        <translation>secondes ou temps comme 1:02:30 attendus, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a local date and time in the form YYYY-MM-DDTHH:MM</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure locales au format YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>a time needs the event&apos;s timeZone</source>
        <translation>une heure nécessite le timeZone de l’événement</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>identifiant «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>a catalog loaded from the network cannot refer to the local file &apos;%1&apos;</source>
        <translation>un catalogue chargé depuis le réseau ne peut pas faire référence au fichier local «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a path relative to the catalog&apos;s folder</source>
        <translation>«&#xa0;%1&#xa0;» doit être un chemin relatif au dossier du catalogue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the catalog&apos;s folder</source>
        <translation>«&#xa0;%1&#xa0;» mène hors du dossier du catalogue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a link that leads outside the catalog&apos;s folder</source>
        <translation>«&#xa0;%1&#xa0;» est un lien qui mène hors du dossier du catalogue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’hôte</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>required field is missing: this is not a Forum Archive catalog</source>
        <translation>champ obligatoire manquant&#xa0;: ce n’est pas un catalogue Forum Archive</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation>«&#xa0;%1&#xa0;» attendu, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>version %1 is not supported; this application reads version %2</source>
        <translation>la version %1 n’est pas prise en charge&#xa0;; cette application lit la version %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu</translation>
    </message>
    <message>
        <source>the event ends before it starts</source>
        <translation>l’événement se termine avant de commencer</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour such as #1f7a4d</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couleur comme #1f7a4d</translation>
    </message>
    <message>
        <source>%1 is outside the event&apos;s dates (%2 to %3)</source>
        <translation>%1 est en dehors des dates de l’événement (du %2 au %3)</translation>
    </message>
    <message>
        <source>the day ends before it starts</source>
        <translation>la journée se termine avant de commencer</translation>
    </message>
    <message>
        <source>a catalog needs at least one day</source>
        <translation>un catalogue doit comporter au moins une journée</translation>
    </message>
    <message>
        <source>expected &quot;day&quot; or &quot;session&quot;, found &quot;%1&quot;</source>
        <translation>«&#xa0;day&#xa0;» ou «&#xa0;session&#xa0;» attendu, trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown day &apos;%1&apos;</source>
        <translation>journée «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>a source needs exactly one of &quot;path&quot; or &quot;url&quot;</source>
        <translation>une source doit avoir soit «&#xa0;path&#xa0;», soit «&#xa0;url&#xa0;» (un seul des deux)</translation>
    </message>
    <message>
        <source>expected &quot;media&quot;, &quot;youtube&quot; or &quot;page&quot;, found &quot;%1&quot;</source>
        <translation>«&#xa0;media&#xa0;», «&#xa0;youtube&#xa0;» ou «&#xa0;page&#xa0;» attendu, trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown pillar &apos;%1&apos;</source>
        <translation>pilier «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>expected a speaker id or an object, found %1</source>
        <translation>identifiant d’intervenant ou objet attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown speaker &apos;%1&apos;</source>
        <translation>intervenant «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>unknown recording &apos;%1&apos;</source>
        <translation>enregistrement «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>%1 is beyond the end of recording &apos;%2&apos; (%3)</source>
        <translation>%1 se situe après la fin de l’enregistrement «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>a start time needs the event&apos;s timeZone</source>
        <translation>une heure de début nécessite le timeZone de l’événement</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time in the form HH:MM or a date-time</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une heure au format HH:MM ni une date et heure</translation>
    </message>
    <message>
        <source>the session (%1 to %2) lies outside its day &apos;%3&apos; (%4 to %5)</source>
        <translation>la session (de %1 à %2) se situe en dehors de sa journée «&#xa0;%3&#xa0;» (de %4 à %5)</translation>
    </message>
    <message>
        <source>a material needs exactly one of &quot;path&quot; or &quot;url&quot;</source>
        <translation>un document doit avoir soit «&#xa0;path&#xa0;», soit «&#xa0;url&#xa0;» (un seul des deux)</translation>
    </message>
    <message>
        <source>expected a number of bytes</source>
        <translation>nombre d’octets attendu</translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation>64 chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 sessions, more than the limit of %2</source>
        <translation>%1 sessions, plus que la limite de %2</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to %1, found %2</source>
        <translation>un nombre entier de 0 à %1 était attendu, trouvé %2</translation>
    </message>
    <message>
        <source>subtitles need exactly one of &quot;path&quot; or &quot;url&quot;</source>
        <translation>des sous-titres demandent exactement l’un de «&#xa0;path&#xa0;» ou «&#xa0;url&#xa0;»</translation>
    </message>
    <message>
        <source>expected &quot;subtitles&quot; or &quot;captions&quot;, found &quot;%1&quot;</source>
        <translation>«&#xa0;subtitles&#xa0;» ou «&#xa0;captions&#xa0;» était attendu, trouvé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown session &apos;%1&apos;</source>
        <translation>session «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an address, not a path beside the catalog: give it as &quot;url&quot;</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse, et non un chemin à côté du catalogue&#xa0;: indiquez-la comme «&#xa0;url&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the catalog&apos;s folder on its server</source>
        <translation>«&#xa0;%1&#xa0;» mène hors du dossier du catalogue sur son serveur</translation>
    </message>
</context>
<context>
    <name>fa::CatalogReader</name>
    <message>
        <source>this folder has no catalog.json</source>
        <translation>ce dossier ne contient pas de catalog.json</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file is %1 MiB, more than the limit of %2 MiB</source>
        <translation>le fichier fait %1 Mio, au-delà de la limite de %2 Mio</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>le fichier dépasse la limite de %1 Mio</translation>
    </message>
    <message>
        <source>the catalog is larger than the limit of %1 MiB</source>
        <translation>le catalogue dépasse la limite de %1 Mio</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>JSON is nested deeper than %1 levels</source>
        <translation>le JSON est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>le document doit être un objet JSON</translation>
    </message>
    <message>
        <source>not enough memory to read the file</source>
        <translation>pas assez de mémoire pour lire le fichier</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>le fichier a changé pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>fa::CatalogTool</name>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Catalog file or bundle folder.</source>
        <translation>Fichier de catalogue ou dossier groupé.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation>
            <numerusform>%n erreur trouvée.</numerusform>
            <numerusform>%n erreurs trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts the parts of a catalog.</source>
        <translation>Compte les éléments d’un catalogue.</translation>
    </message>
    <message>
        <source>Lists the sessions that match the filters, one per line: id, day, start, title (tab-separated).</source>
        <translation>Liste les sessions qui correspondent aux filtres, une par ligne&#xa0;: id, journée, début, titre (séparés par des tabulations).</translation>
    </message>
    <message>
        <source>Only sessions of this day id.</source>
        <translation>Uniquement les sessions de cet identifiant de journée.</translation>
    </message>
    <message>
        <source>Only sessions with this pillar id (repeatable: any of).</source>
        <translation>Uniquement les sessions ayant cet identifiant de pilier (répétable&#xa0;: l’un ou l’autre).</translation>
    </message>
    <message>
        <source>Only sessions with this speaker id.</source>
        <translation>Uniquement les sessions ayant cet identifiant d’intervenant.</translation>
    </message>
    <message>
        <source>Only sessions whose texts contain every word.</source>
        <translation>Uniquement les sessions dont les textes contiennent tous les mots.</translation>
    </message>
    <message>
        <source>Language of the titles: en, fr or es.</source>
        <translation>Langue des titres&#xa0;: en, fr ou es.</translation>
    </message>
    <message>
        <source>--language must be en, fr or es.</source>
        <translation>--language doit valoir en, fr ou es.</translation>
    </message>
    <message>
        <source>%1 needs exactly one PATH.</source>
        <translation>%1 attend exactement un PATH.</translation>
    </message>
    <message>
        <source>Usage: forum-archive-catalog COMMAND [OPTIONS] PATH

Checks and inspects Forum Archive catalogs. PATH is a catalog .json file
or a folder bundle holding catalog.json.

Commands:
  validate PATH   report every problem; exit 0 when valid, 1 when not
  validate URL    the same for a catalog published at an http(s) address,
                  and check that every address it names answers
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
        <translation>Utilisation&#xa0;: forum-archive-catalog COMMAND [OPTIONS] PATH

Vérifie et examine les catalogues Forum Archive. PATH est un fichier de
catalogue .json ou un dossier groupé contenant catalog.json.

Commandes&#xa0;:
  validate PATH   signaler tous les problèmes&#xa0;; sortie 0 si valide, 1 sinon
  validate URL    idem pour un catalogue publié à une adresse http(s),
                  en vérifiant que chaque adresse qu’il cite répond
  stats PATH      compter les journées, sessions, intervenants, piliers
                  et enregistrements
  list PATH       une ligne par session&#xa0;: id, journée, début, titre
  import INPUT -o OUT.json
                  convertir un schedule.xml ou schedule.json frab en catalogue,
                  ou y ajouter des chapitres YouTube ou WebVTT
                  (--catalog, --recording)
  export-chapters PATH --recording ID --format youtube|webvtt
                  afficher les chapitres d’un enregistrement

Lancez «&#xa0;forum-archive-catalog COMMAND --help&#xa0;» pour les options d’une commande.
Options&#xa0;: --help, --version
</translation>
    </message>
    <message>
        <source>Checks a catalog and reports every problem as &apos;path: message&apos; on standard error.
PATH may be an http(s) address: the catalog is read from it (an address ending
in / names its catalog.json), and every address it names, relative paths
resolved against the catalog&apos;s address, is asked for with a HEAD request; each
one that does not answer is reported by its JSON path.</source>
        <translation>Vérifie un catalogue et signale chaque problème sous la forme
«&#xa0;chemin: message&#xa0;» sur la sortie d’erreur standard.
PATH peut être une adresse http(s)&#xa0;: le catalogue y est lu (une adresse
finissant par / désigne son catalog.json) et chaque adresse qu’il cite
(chemins relatifs résolus par rapport à l’adresse du catalogue) est
interrogée par une requête HEAD&#xa0;; toute adresse qui ne répond pas est
signalée par son chemin JSON.</translation>
    </message>
    <message>
        <source>Longest wait for an answer, in seconds (default %1).</source>
        <translation>Attente maximale d’une réponse, en secondes (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600.</source>
        <translation>--timeout doit valoir un nombre de secondes de 1 à 3600.</translation>
    </message>
    <message numerus="yes">
        <source>valid: %1, %n warning(s)</source>
        <extracomment>%1 is &quot;%n session(s)&quot;</extracomment>
        <translation>
            <numerusform>valide&#xa0;: %1, %n avertissement</numerusform>
            <numerusform>valide&#xa0;: %1, %n avertissements</numerusform>
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
    <name>fa::ChapterImport</name>
    <message>
        <source>&apos;%1&apos; is not a chapter format</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un format de chapitres</translation>
    </message>
    <message>
        <source>the catalog has no recording &apos;%1&apos;</source>
        <translation>le catalogue ne contient pas d’enregistrement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>no chapters to import</source>
        <translation>aucun chapitre à importer</translation>
    </message>
    <message>
        <source>%1 is past the end of recording &apos;%2&apos; (%3)</source>
        <translation>%1 se situe après la fin de l’enregistrement «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>chapters become sessions of the day of a day recording; &apos;%1&apos; is not one</source>
        <translation>les chapitres ne deviennent des sessions de la journée que dans l’enregistrement d’une journée&#xa0;; «&#xa0;%1&#xa0;» n’en est pas un</translation>
    </message>
    <message>
        <source>a chapter without a title does not become a session</source>
        <translation>un chapitre sans titre ne devient pas une session</translation>
    </message>
</context>
<context>
    <name>fa::ChapterImportBox</name>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>&amp;Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Recording the chapters belong to</source>
        <translation>Enregistrement auquel appartiennent les chapitres</translation>
    </message>
    <message>
        <source>Paste the chapters of a video description here, e.g.
0:00 Welcome
12:30 Opening panel
1:05:00 Questions
Used when no file is given.</source>
        <translation>Collez ici les chapitres d’une description de vidéo, par exemple&#xa0;:
0:00 Bienvenue
12:30 Table ronde d’ouverture
1:05:00 Questions
Utilisé quand aucun fichier n’est indiqué.</translation>
    </message>
    <message>
        <source>Pasted chapters</source>
        <translation>Chapitres collés</translation>
    </message>
    <message>
        <source>Chapters that name no session of the catalog become sessions of the recording&apos;s day, titled by the chapter and placed at it. You can undo this, and give them pillars and titles in other languages in the Chapter Editing panel.</source>
        <translation>Les chapitres qui ne nomment aucune session du catalogue deviennent des sessions de la journée de l’enregistrement, avec le titre du chapitre et placées à son début. Vous pouvez annuler cette opération, et leur attribuer des piliers et des titres dans d’autres langues dans le panneau Édition des chapitres.</translation>
    </message>
    <message>
        <source>A&amp;dd unmatched chapters as sessions (day recordings only)</source>
        <translation>A&amp;jouter les chapitres non associés comme sessions (enregistrements de journée uniquement)</translation>
    </message>
    <message>
        <source>A&amp;dd unmatched chapters as sessions of %1</source>
        <translation>A&amp;jouter les chapitres non associés comme sessions de %1</translation>
    </message>
    <message>
        <source>Or past&amp;e:</source>
        <translation>Ou co&amp;ller&#xa0;:</translation>
    </message>
</context>
<context>
    <name>fa::ChapterImportPreview</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>format&#xa0;: %1</translation>
    </message>
    <message>
        <source>recording: %1</source>
        <translation>enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>recording: %1 (%2)</source>
        <translation>enregistrement&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>chapters: %1</source>
        <translation>chapitres&#xa0;: %1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>avertissements&#xa0;: %1</translation>
    </message>
    <message>
        <source>lines that are no chapter, left out: %1</source>
        <translation>lignes qui ne sont pas des chapitres, omises&#xa0;: %1</translation>
    </message>
    <message>
        <source>errors: %1</source>
        <translation>erreurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>sessions to add: %1</source>
        <translation>sessions à ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1: %2 %3</source>
        <translation>ligne %1&#xa0;: %2 %3</translation>
    </message>
</context>
<context>
    <name>fa::ChapterList</name>
    <message>
        <source>&apos;%1&apos; is not a time</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un horodatage</translation>
    </message>
    <message>
        <source>no chapter lines such as &apos;0:00 Opening&apos; found</source>
        <translation>aucune ligne de chapitre comme «&#xa0;0:00 Ouverture&#xa0;» trouvée</translation>
    </message>
    <message>
        <source>the first chapter starts at %1; YouTube needs the first at 0:00</source>
        <translation>le premier chapitre commence à %1&#xa0;; YouTube exige que le premier soit à 0:00</translation>
    </message>
    <message>
        <source>%1 does not come after the previous chapter (%2); chapters must be in ascending order</source>
        <translation>%1 ne vient pas après le chapitre précédent (%2)&#xa0;; les chapitres doivent être dans l’ordre croissant</translation>
    </message>
    <message>
        <source>the chapter &apos;%1&apos; lasts %2 s; YouTube needs at least 10 s</source>
        <translation>le chapitre «&#xa0;%1&#xa0;» dure %2 s&#xa0;; YouTube exige au moins 10 s</translation>
    </message>
    <message numerus="yes">
        <source>only %n chapter(s); YouTube needs at least 3</source>
        <translation>
            <numerusform>seulement %n chapitre&#xa0;; YouTube en exige au moins 3</numerusform>
            <numerusform>seulement %n chapitres&#xa0;; YouTube en exige au moins 3</numerusform>
        </translation>
    </message>
    <message>
        <source>a WebVTT file must start with the line WEBVTT</source>
        <translation>un fichier WebVTT doit commencer par la ligne WEBVTT</translation>
    </message>
    <message>
        <source>a cue needs a timing line such as 00:00:00.000 --&gt; 00:01:00.000</source>
        <translation>un repère nécessite une ligne de minutage comme 00:00:00.000 --&gt; 00:01:00.000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cue timing such as 00:00:00.000 --&gt; 00:01:00.000</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un minutage de repère comme 00:00:00.000 --&gt; 00:01:00.000</translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <translation>le repère se termine avant de commencer</translation>
    </message>
    <message>
        <source>the cue has no text to name the chapter</source>
        <translation>le repère n’a pas de texte pour nommer le chapitre</translation>
    </message>
    <message>
        <source>no cues found</source>
        <translation>aucun repère trouvé</translation>
    </message>
    <message>
        <source>%1 comes before the previous cue (%2)</source>
        <translation>%1 vient avant le repère précédent (%2)</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters (it has %2): a chapter list is far shorter; nothing was imported</source>
        <translation>le texte dépasse %1 caractères (il en compte %2)&#xa0;: une liste de chapitres est bien plus courte&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chapter line: a chapter is a time such as 1:02:30, a space, then its title</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une ligne de chapitre&#xa0;: un chapitre est un horodatage comme 1:02:30, un espace, puis son titre</translation>
    </message>
    <message>
        <source>not a chapter: %1</source>
        <translation>pas un chapitre&#xa0;: %1</translation>
    </message>
    <message>
        <source>more than %1 chapters: nothing was imported</source>
        <translation>plus de %1 chapitres&#xa0;: rien n’a été importé</translation>
    </message>
    <message>
        <source>%1 repeats the time of the previous chapter &apos;%2&apos;</source>
        <translation>%1 reprend l’horodatage du chapitre précédent «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 repeats the start of the previous cue</source>
        <translation>%1 reprend le début du repère précédent</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>fa::ChapterListModel</name>
    <message>
        <source>%1  %2</source>
        <extracomment>Chapter list row: start time, then title</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Chapitre %1</translation>
    </message>
</context>
<context>
    <name>fa::ChapterMatcher</name>
    <message>
        <source>matched chapters: %1</source>
        <translation>chapitres associés&#xa0;: %1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>ignoring case and accents</source>
        <translation>sans tenir compte de la casse ni des accents</translation>
    </message>
    <message>
        <source>similar, %1%</source>
        <translation>similaire, %1&#xa0;%</translation>
    </message>
    <message>
        <source>unmatched chapters: %1</source>
        <translation>chapitres non associés&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1: %2 %3</source>
        <translation>ligne %1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>sessions without a chapter: %1</source>
        <translation>sessions sans chapitre&#xa0;: %1</translation>
    </message>
    <message>
        <source>could be %1 or %2 (%3%)</source>
        <translation>pourrait être %1 ou %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 (%2%) is already named by line %3</source>
        <translation>%1 (%2&#xa0;%) est déjà nommée par la ligne %3</translation>
    </message>
    <message>
        <source>no session alike</source>
        <translation>aucune session ressemblante</translation>
    </message>
    <message>
        <source>nearest: %1, %2%, below %3%</source>
        <translation>la plus proche&#xa0;: %1, %2&#xa0;%, sous le seuil de %3&#xa0;%</translation>
    </message>
</context>
<context>
    <name>fa::ChapterOverlay</name>
    <message>
        <source>Set start of %1</source>
        <translation>Définir le début de %1</translation>
    </message>
    <message>
        <source>Move start later</source>
        <translation>Retarder le début</translation>
    </message>
    <message>
        <source>Move start earlier</source>
        <translation>Avancer le début</translation>
    </message>
    <message>
        <source>Restore the catalog&apos;s start</source>
        <translation>Rétablir le début indiqué dans le catalogue</translation>
    </message>
    <message numerus="yes">
        <source>Import %n chapter(s)</source>
        <translation>
            <numerusform>Importer %n chapitre</numerusform>
            <numerusform>Importer %n chapitres</numerusform>
        </translation>
    </message>
    <message>
        <source>Chapter edits could not be saved: %1</source>
        <translation>Impossible d’enregistrer les modifications des chapitres&#xa0;: %1</translation>
    </message>
    <message>
        <source>no catalog is open</source>
        <translation>aucun catalogue n’est ouvert</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>fa::ConferenceListModel</name>
    <message>
        <source>%1 · last release %2</source>
        <translation>%1 · dernière publication le %2</translation>
    </message>
    <message>
        <source>%1 · nothing released yet</source>
        <translation>%1 · rien de publié pour l’instant</translation>
    </message>
</context>
<context>
    <name>fa::DownloadManager</name>
    <message>
        <source>Cannot create the download folder %1.</source>
        <translation>Impossible de créer le dossier de téléchargement %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent nothing to download.</source>
        <translation>%1 n’a rien envoyé à télécharger.</translation>
    </message>
    <message>
        <source>The file downloaded from %1 does not match its sha256 checksum; it was discarded.</source>
        <translation>Le fichier téléchargé depuis %1 ne correspond pas à sa somme de contrôle sha256&#xa0;; il a été supprimé.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
</context>
<context>
    <name>fa::DownloadModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>fa::DownloadsPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No downloads yet. Presentation materials you download appear here.</source>
        <translation>Aucun téléchargement pour l’instant. Les documents de présentation que vous téléchargez s’affichent ici.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>fa::FacetModel</name>
    <message>
        <source>All days</source>
        <translation>Toutes les journées</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Tous les intervenants</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n session</numerusform>
            <numerusform>%1, %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::FilterPane</name>
    <message>
        <source>No catalog open</source>
        <translation>Aucun catalogue ouvert</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>Event dates, e.g. &quot;April 26, 2022 – April 28, 2022&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Held online</source>
        <translation>Événement en ligne</translation>
    </message>
    <message>
        <source>Built-in catalog</source>
        <translation>Catalogue intégré</translation>
    </message>
</context>
<context>
    <name>fa::FrabXmlImporter</name>
    <message>
        <source>the schedule names no time zone; using %1 from its times</source>
        <translation>le programme n’indique aucun fuseau horaire&#xa0;; %1 est déduit de ses heures</translation>
    </message>
    <message>
        <source>the schedule names no time zone; using %1 from its city</source>
        <translation>le programme n’indique aucun fuseau horaire&#xa0;; %1 est déduit de sa ville</translation>
    </message>
    <message>
        <source>the schedule names no time zone; times are taken as UTC</source>
        <translation>le programme n’indique aucun fuseau horaire&#xa0;; les heures sont considérées comme UTC</translation>
    </message>
    <message>
        <source>expected a &lt;schedule&gt; element, found &lt;%1&gt;: this is not a frab schedule</source>
        <translation>élément &lt;schedule&gt; attendu au lieu de &lt;%1&gt;&#xa0;: ce n’est pas un programme frab</translation>
    </message>
    <message>
        <source>column %1: malformed XML: %2</source>
        <translation>colonne %1&#xa0;: XML mal formé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the schedule has no &lt;day&gt;</source>
        <translation>le programme ne contient aucun &lt;day&gt;</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; ignored</source>
        <translation>fuseau horaire «&#xa0;%1&#xa0;» inconnu, ignoré</translation>
    </message>
    <message>
        <source>a &lt;day&gt; without a date is left out with its events</source>
        <translation>un &lt;day&gt; sans date est omis avec ses événements</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a start time</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure de début</translation>
    </message>
</context>
<context>
    <name>fa::HelpDialogs</name>
    <message>
        <source>Search sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message>
        <source>Play the selected session</source>
        <translation>Lire la session sélectionnée</translation>
    </message>
    <message>
        <source>Add or remove the selected session from favourites</source>
        <translation>Ajouter la session sélectionnée aux favoris ou l’en retirer</translation>
    </message>
    <message>
        <source>Write a note about the selected session</source>
        <translation>Rédiger une note sur la session sélectionnée</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Open a catalog file</source>
        <translation>Ouvrir un fichier de catalogue</translation>
    </message>
    <message>
        <source>Open a folder bundle</source>
        <translation>Ouvrir un dossier groupé</translation>
    </message>
    <message>
        <source>Play or pause (in the player)</source>
        <translation>Lecture ou pause (dans le lecteur)</translation>
    </message>
    <message>
        <source>Back or forward 5 seconds</source>
        <translation>Reculer ou avancer de 5 secondes</translation>
    </message>
    <message>
        <source>Back or forward 10 seconds</source>
        <translation>Reculer ou avancer de 10 secondes</translation>
    </message>
    <message>
        <source>Previous or next chapter</source>
        <translation>Chapitre précédent ou suivant</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Couper ou rétablir le son</translation>
    </message>
    <message>
        <source>Full screen video (Esc to leave)</source>
        <translation>Vidéo en plein écran (Échap pour quitter)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Browse the sessions of a multi-day event and watch each one from its place in the day&apos;s recording.</source>
        <translation>Parcourez les sessions d’un événement de plusieurs jours et regardez chacune d’elles à partir de sa place dans l’enregistrement de la journée.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2. MIT licence.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2. Licence MIT.</translation>
    </message>
    <message>
        <source>About Forum Archive</source>
        <translation>À propos de Forum Archive</translation>
    </message>
    <message>
        <source>Open a catalog from an address</source>
        <translation>Ouvrir un catalogue depuis une adresse</translation>
    </message>
    <message>
        <source>Open a conference from media.ccc.de</source>
        <translation>Ouvrir une conférence de media.ccc.de</translation>
    </message>
    <message>
        <source>Import a schedule or chapters</source>
        <translation>Importer un programme ou des chapitres</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Afficher ou masquer les filtres</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Move between the filters, the list, the details and the player</source>
        <translation>Passer des filtres à la liste, aux détails et au lecteur</translation>
    </message>
</context>
<context>
    <name>fa::HttpRangeDevice</name>
    <message>
        <source>HTTP status %1 instead of the bytes %2–%3 asked for</source>
        <translation>statut HTTP %1 au lieu des octets %2–%3 demandés</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>aucune donnée depuis %n seconde</numerusform>
            <numerusform>aucune donnée depuis %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ImportCommands</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>frab, schedule-json, youtube or webvtt (default: detected).</source>
        <translation>frab, schedule-json, youtube ou webvtt (par défaut&#xa0;: détecté).</translation>
    </message>
    <message>
        <source>Catalog that chapters are added to.</source>
        <translation>Catalogue auquel les chapitres sont ajoutés.</translation>
    </message>
    <message>
        <source>Recording id the chapters belong to.</source>
        <translation>Identifiant de l’enregistrement auquel appartiennent les chapitres.</translation>
    </message>
    <message>
        <source>Where to write the catalog (without it, only the summary is printed).</source>
        <translation>Où écrire le catalogue (sans cette option, seul le résumé est affiché).</translation>
    </message>
    <message>
        <source>Time zone for a schedule that names none, e.g. Europe/Brussels.</source>
        <translation>Fuseau horaire d’un programme qui n’en indique pas, p. ex. Europe/Brussels.</translation>
    </message>
    <message>
        <source>import needs exactly one INPUT.</source>
        <translation>import nécessite exactement un INPUT.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>--format must be frab, schedule-json, youtube or webvtt.</source>
        <translation>--format doit valoir frab, schedule-json, youtube ou webvtt.</translation>
    </message>
    <message>
        <source>Chapters need --catalog BASE and --recording ID.</source>
        <translation>Les chapitres nécessitent --catalog BASE et --recording ID.</translation>
    </message>
    <message>
        <source>error: the catalog has no recording &apos;%1&apos;</source>
        <translation>erreur&#xa0;: le catalogue ne contient pas d’enregistrement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: the output is in another folder than the catalog; its relative paths resolve from the new folder</source>
        <translation>avertissement&#xa0;: la sortie se trouve dans un autre dossier que le catalogue&#xa0;; ses chemins relatifs sont résolus à partir du nouveau dossier</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>format&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: the imported catalog does not validate:</source>
        <translation>erreur&#xa0;: le catalogue importé n’est pas valide&#xa0;:</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>erreur&#xa0;: impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>written: %1</source>
        <translation>écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prints the chapters of a recording as YouTube description lines or as WebVTT.</source>
        <translation>Affiche les chapitres d’un enregistrement sous forme de lignes de description YouTube ou en WebVTT.</translation>
    </message>
    <message>
        <source>Catalog file or bundle folder.</source>
        <translation>Fichier de catalogue ou dossier groupé.</translation>
    </message>
    <message>
        <source>Recording id.</source>
        <translation>Identifiant de l’enregistrement.</translation>
    </message>
    <message>
        <source>youtube or webvtt.</source>
        <translation>youtube ou webvtt.</translation>
    </message>
    <message>
        <source>export-chapters needs exactly one PATH.</source>
        <translation>export-chapters nécessite exactement un PATH.</translation>
    </message>
    <message>
        <source>export-chapters needs --recording ID.</source>
        <translation>export-chapters nécessite --recording ID.</translation>
    </message>
    <message>
        <source>--format must be youtube or webvtt.</source>
        <translation>--format doit valoir youtube ou webvtt.</translation>
    </message>
    <message>
        <source>error: recording &apos;%1&apos; has no chapters</source>
        <translation>erreur&#xa0;: l’enregistrement «&#xa0;%1&#xa0;» n’a pas de chapitres</translation>
    </message>
    <message>
        <source>Imports a frab schedule.xml, a schedule.json, YouTube description chapters or WebVTT chapters. Chapters need --catalog and --recording: every chapter becomes a chapter of the recording, and each is matched to a session of the recording&apos;s day by title: exactly, then ignoring case, accents, punctuation and remarks in brackets, then by a similarity score of at least %1% that no other session comes close to. A chapter that names no session clearly stays unmatched; with --add-sessions it becomes a session of the day. A media.ccc.de conference or talk address (https://media.ccc.de/c/ACRONYM) imports the conference with its recordings.</source>
        <translation>Importe un schedule.xml frab, un schedule.json, des chapitres de description YouTube ou des chapitres WebVTT. Les chapitres nécessitent --catalog et --recording&#xa0;: chaque chapitre devient un chapitre de l’enregistrement, et chacun est associé par son titre à une session de la journée de l’enregistrement&#xa0;: à l’identique, puis sans tenir compte de la casse, des accents, de la ponctuation et des remarques entre parenthèses, puis par un score de similarité d’au moins %1&#xa0;% dont aucune autre session n’approche. Un chapitre qui ne nomme clairement aucune session reste non associé&#xa0;; avec --add-sessions, il devient une session de la journée. Une adresse de conférence ou d’exposé media.ccc.de (https://media.ccc.de/c/ACRONYM) importe la conférence avec ses enregistrements.</translation>
    </message>
    <message>
        <source>The file to import, or a media.ccc.de address.</source>
        <translation>Le fichier à importer, ou une adresse media.ccc.de.</translation>
    </message>
    <message>
        <source>Chapters: add each unmatched chapter as a session of the recording&apos;s day.</source>
        <translation>Chapitres&#xa0;: ajouter chaque chapitre non associé comme session de la journée de l’enregistrement.</translation>
    </message>
    <message>
        <source>media.ccc.de addresses: the public/ API base of another voctoweb instance (default: https://api.media.ccc.de/public/).</source>
        <translation>Adresses media.ccc.de&#xa0;: la base d’API public/ d’une autre instance voctoweb (par défaut&#xa0;: https://api.media.ccc.de/public/).</translation>
    </message>
    <message>
        <source>media.ccc.de addresses: the files preferred, hd-webm (default), hd-mp4, sd-webm or sd-mp4.</source>
        <translation>Adresses media.ccc.de&#xa0;: les fichiers préférés, hd-webm (par défaut), hd-mp4, sd-webm ou sd-mp4.</translation>
    </message>
    <message>
        <source>--api and --quality need a media.ccc.de conference or talk address.</source>
        <translation>--api et --quality nécessitent une adresse de conférence ou d’exposé media.ccc.de.</translation>
    </message>
    <message numerus="yes">
        <source>--add-sessions adds the %n unmatched chapter(s) as sessions of %1.</source>
        <translation>
            <numerusform>--add-sessions ajoute %n chapitre non associé comme session de %1.</numerusform>
            <numerusform>--add-sessions ajoute les %n chapitres non associés comme sessions de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the length of recording &apos;%1&apos; is not known: the last cue ends one second after it starts</source>
        <translation>la durée de l’enregistrement «&#xa0;%1&#xa0;» est inconnue&#xa0;: le dernier repère se termine une seconde après son début</translation>
    </message>
</context>
<context>
    <name>fa::ImportDialog</name>
    <message>
        <source>frab XML schedule</source>
        <translation>programme XML frab</translation>
    </message>
    <message>
        <source>schedule.json</source>
        <translation>schedule.json</translation>
    </message>
    <message>
        <source>YouTube chapters</source>
        <translation>chapitres YouTube</translation>
    </message>
    <message>
        <source>WebVTT chapters</source>
        <translation>chapitres WebVTT</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>Import Schedule or Chapters</source>
        <translation>Importer un programme ou des chapitres</translation>
    </message>
    <message>
        <source>A frab or schedule.json programme opens as a new catalog. YouTube or WebVTT chapters are matched by title to the sessions of a recording of the current catalog. Preview shows what the import finds before anything changes.</source>
        <translation>Un programme frab ou schedule.json s’ouvre comme nouveau catalogue. Les chapitres YouTube ou WebVTT sont associés par titre aux sessions d’un enregistrement du catalogue actuel. L’aperçu montre ce que l’importation trouve avant toute modification.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Path of a schedule or chapter file</source>
        <translation>Chemin d’un fichier de programme ou de chapitres</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation>Prévisualiser l’importation</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <source>Not recognized: choose the format.</source>
        <translation>Non reconnu&#xa0;: choisissez le format.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schedules and chapters (*.xml *.json *.txt *.vtt);;All files (*)</source>
        <translation>Programmes et chapitres (*.xml *.json *.txt *.vtt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file could not be read:</source>
        <translation>Impossible de lire le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Apply the chapters</source>
        <translation>Appliquer les chapitres</translation>
    </message>
    <message>
        <source>Open the imported catalog</source>
        <translation>Ouvrir le catalogue importé</translation>
    </message>
    <message>
        <source>%1 could not be imported as %2:</source>
        <translation>Impossible d’importer %1 en tant que %2&#xa0;:</translation>
    </message>
    <message>
        <source>The imported catalog does not validate:</source>
        <translation>Le catalogue importé n’est pas valide&#xa0;:</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open adds this catalog to the open catalogs.</source>
        <translation>«&#xa0;Ouvrir&#xa0;» ajoute ce catalogue aux catalogues ouverts.</translation>
    </message>
    <message>
        <source>Chapters belong to a recording of the current catalog; this catalog has none.</source>
        <translation>Les chapitres appartiennent à un enregistrement du catalogue actuel&#xa0;; ce catalogue n’en a aucun.</translation>
    </message>
    <message>
        <source>Choose a file to import, or paste chapters, first.</source>
        <translation>Choisissez d’abord un fichier à importer ou collez des chapitres.</translation>
    </message>
    <message>
        <source>Pasted text is read as chapters: choose YouTube or WebVTT chapters as the format.</source>
        <translation>Le texte collé est lu comme des chapitres&#xa0;: choisissez le format chapitres YouTube ou chapitres WebVTT.</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>Le texte collé</translation>
    </message>
    <message numerus="yes">
        <source>Apply puts these %n chapter(s) on the recording and adds %1 session(s) to %2; Undo takes them back.</source>
        <translation>
            <numerusform>«&#xa0;Appliquer&#xa0;» place %n chapitre sur l’enregistrement et ajoute %1 session(s) à %2&#xa0;; «&#xa0;Annuler&#xa0;» défait ces modifications.</numerusform>
            <numerusform>«&#xa0;Appliquer&#xa0;» place ces %n chapitres sur l’enregistrement et ajoute %1 session(s) à %2&#xa0;; «&#xa0;Annuler&#xa0;» défait ces modifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply puts these %n chapter(s) on the recording and sets the starts of the matched sessions; Undo takes them back.</source>
        <translation>
            <numerusform>«&#xa0;Appliquer&#xa0;» place %n chapitre sur l’enregistrement et fixe le début des sessions associées&#xa0;; «&#xa0;Annuler&#xa0;» défait ces modifications.</numerusform>
            <numerusform>«&#xa0;Appliquer&#xa0;» place ces %n chapitres sur l’enregistrement et fixe le début des sessions associées&#xa0;; «&#xa0;Annuler&#xa0;» défait ces modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forma&amp;t:</source>
        <translation>Forma&amp;t&#xa0;:</translation>
    </message>
</context>
<context>
    <name>fa::ImportReport</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>days: %1</source>
        <translation>journées&#xa0;: %1</translation>
    </message>
    <message>
        <source>sessions: %1</source>
        <translation>sessions&#xa0;: %1</translation>
    </message>
    <message>
        <source>speakers: %1</source>
        <translation>intervenants&#xa0;: %1</translation>
    </message>
    <message>
        <source>pillars: %1</source>
        <translation>piliers&#xa0;: %1</translation>
    </message>
    <message>
        <source>rooms: %1</source>
        <translation>salles&#xa0;: %1</translation>
    </message>
    <message>
        <source>recordings: %1</source>
        <translation>enregistrements&#xa0;: %1</translation>
    </message>
    <message>
        <source>chapters: %1</source>
        <translation>chapitres&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped elements: %1</source>
        <translation>éléments ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>avertissements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fa::JsonReader</name>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>texte inattendu après la fin du document</translation>
    </message>
    <message>
        <source>not enough memory to read the document</source>
        <translation>pas assez de mémoire pour lire le document</translation>
    </message>
    <message>
        <source>the document ends where a value was expected</source>
        <translation>le document s’arrête là où une valeur était attendue</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>une valeur était attendue</translation>
    </message>
    <message>
        <source>JSON is nested deeper than %1 levels</source>
        <translation>le JSON est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>un nom de membre entre guillemets doubles était attendu</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>«&#xa0;:&#xa0;» était attendu après un nom de membre</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» était attendu après un membre</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» était attendu après un élément</translation>
    </message>
    <message>
        <source>a number needs digits</source>
        <translation>un nombre doit comporter des chiffres</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>l’exposant d’un nombre doit comporter des chiffres</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>une chaîne n’est pas fermée</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>unknown escape sequence in a string</source>
        <translation>séquence d’échappement inconnue dans une chaîne</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>le document est trop volumineux</translation>
    </message>
</context>
<context>
    <name>fa::LanguageNames</name>
    <message>
        <source>unknown language</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <source>Swiss German</source>
        <translation>suisse allemand</translation>
    </message>
    <message>
        <source>sign language</source>
        <translation>langue des signes</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
</context>
<context>
    <name>fa::MainWindow</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Forum Archive</source>
        <translation>Forum Archive</translation>
    </message>
    <message>
        <source>Filters, sessions and details</source>
        <translation>Filtres, sessions et détails</translation>
    </message>
    <message>
        <source>No recent catalogs</source>
        <translation>Aucun catalogue récent</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Opened %1 in your browser</source>
        <translation>%1 ouvert dans votre navigateur</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <source>Open from Address</source>
        <translation>Ouvrir depuis une adresse</translation>
    </message>
    <message>
        <source>%1 — Forum Archive</source>
        <extracomment>Window title: the open event, then the application&apos;s name</extracomment>
        <translation>%1 — Forum Archive</translation>
    </message>
    <message>
        <source>Chapter Editing</source>
        <translation>Édition des chapitres</translation>
    </message>
    <message>
        <source>&amp;Chapter Editing</source>
        <translation>Édition des &amp;chapitres</translation>
    </message>
</context>
<context>
    <name>fa::MaterialAccess</name>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Aucune application n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>The file %1 is missing from the catalog&apos;s folder.</source>
        <translation>Le fichier %1 est absent du dossier du catalogue.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccCatalogBuilder</name>
    <message>
        <source>The conference &apos;%1&apos; has no events.</source>
        <translation>La conférence «&#xa0;%1&#xa0;» ne contient aucun événement.</translation>
    </message>
    <message>
        <source>Recordings on media.ccc.de</source>
        <translation>Enregistrements sur media.ccc.de</translation>
    </message>
    <message>
        <source>Conference web site</source>
        <translation>Site web de la conférence</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Talk on media.ccc.de</source>
        <translation>Exposé sur media.ccc.de</translation>
    </message>
    <message>
        <source>Talk in the conference schedule</source>
        <translation>Exposé dans le programme de la conférence</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>No event of the conference &apos;%1&apos; has a date.</source>
        <translation>Aucun événement de la conférence «&#xa0;%1&#xa0;» n’a de date.</translation>
    </message>
    <message>
        <source>No event has a date: all are placed on %1.</source>
        <translation>Aucun événement n’a de date&#xa0;: tous sont placés le %1.</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccClient</name>
    <message>
        <source>Offline copy from %1</source>
        <translation>Copie hors ligne du %1</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccCommand</name>
    <message>
        <source>error: --api needs an http or https address, not &apos;%1&apos;</source>
        <translation>erreur&#xa0;: --api nécessite une adresse http ou https, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>error: --quality must be hd-webm, hd-mp4, sd-webm or sd-mp4</source>
        <translation>erreur&#xa0;: --quality doit valoir hd-webm, hd-mp4, sd-webm ou sd-mp4</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>format: media.ccc.de</source>
        <translation>format&#xa0;: media.ccc.de</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>erreur&#xa0;: impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>written: %1</source>
        <translation>écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccDialog</name>
    <message>
        <source>Open from media.ccc.de</source>
        <translation>Ouvrir depuis media.ccc.de</translation>
    </message>
    <message>
        <source>Choose a conference to browse its talks and watch their recordings. You can also type a conference&apos;s acronym or paste the address of a conference or talk on media.ccc.de.</source>
        <translation>Choisissez une conférence pour parcourir ses exposés et regarder leurs enregistrements. Vous pouvez aussi saisir l’acronyme d’une conférence ou coller l’adresse d’une conférence ou d’un exposé sur media.ccc.de.</translation>
    </message>
    <message>
        <source>Search by title or acronym</source>
        <translation>Rechercher par titre ou acronyme</translation>
    </message>
    <message>
        <source>Search conferences</source>
        <translation>Rechercher des conférences</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conférences</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>The list of conferences could not be loaded: %1 You can still type an acronym or paste an address.</source>
        <translation>Impossible de charger la liste des conférences&#xa0;: %1 Vous pouvez quand même saisir un acronyme ou coller une adresse.</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n conférence</numerusform>
            <numerusform>%n conférences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::MediaCccImport</name>
    <message>
        <source>conference: %1</source>
        <translation>conférence&#xa0;: %1</translation>
    </message>
    <message>
        <source>talks: %1, with recordings: %2, recordings: %3</source>
        <translation>exposés&#xa0;: %1, avec enregistrements&#xa0;: %2, enregistrements&#xa0;: %3</translation>
    </message>
    <message>
        <source>days, rooms and tracks: from the schedule</source>
        <translation>journées, salles et thématiques&#xa0;: d’après le programme</translation>
    </message>
    <message>
        <source>days: from the talks&apos; dates; tracks: from tags</source>
        <translation>journées&#xa0;: d’après les dates des exposés&#xa0;; thématiques&#xa0;: d’après les étiquettes</translation>
    </message>
    <message>
        <source>talks whose recordings could not be loaded: %1</source>
        <translation>exposés dont les enregistrements n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled: the catalog holds what had arrived</source>
        <translation>annulé&#xa0;: le catalogue contient ce qui était déjà arrivé</translation>
    </message>
    <message>
        <source>This is no media.ccc.de conference or talk address.</source>
        <translation>Ce n’est pas une adresse de conférence ou d’exposé media.ccc.de.</translation>
    </message>
    <message>
        <source>Loading the conference was cancelled.</source>
        <translation>Le chargement de la conférence a été annulé.</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 ne contient pas %2.</translation>
    </message>
    <message>
        <source>The %1 could not be loaded: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading the talk %1…</source>
        <translation>Chargement de l’exposé %1…</translation>
    </message>
    <message>
        <source>talk &apos;%1&apos;</source>
        <translation>l’exposé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The talk &apos;%1&apos; names no conference.</source>
        <translation>L’exposé «&#xa0;%1&#xa0;» n’indique aucune conférence.</translation>
    </message>
    <message>
        <source>Loading the conference %1…</source>
        <translation>Chargement de la conférence %1…</translation>
    </message>
    <message>
        <source>conference &apos;%1&apos;</source>
        <translation>la conférence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Loading the schedule of %1…</source>
        <translation>Chargement du programme de %1…</translation>
    </message>
    <message>
        <source>The schedule at %1 could not be used (%2); days come from the talks&apos; dates and tracks from their tags.</source>
        <translation>Le programme à l’adresse %1 n’a pas pu être utilisé (%2)&#xa0;; les journées sont déduites des dates des exposés et les thématiques de leurs étiquettes.</translation>
    </message>
    <message>
        <source>Loading the recordings of %1…</source>
        <translation>Chargement des enregistrements de %1…</translation>
    </message>
    <message>
        <source>Event &apos;%1&apos;: %2</source>
        <translation>Événement «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The recordings of &apos;%1&apos; could not be loaded: %2</source>
        <translation>Impossible de charger les enregistrements de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccReader</name>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure</translation>
    </message>
    <message>
        <source>a number from 0 to %1</source>
        <translation>un nombre de 0 à %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>valeur attendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer for %1 is larger than the limit of %2 MiB.</source>
        <translation>La réponse pour %1 dépasse la limite de %2 Mio.</translation>
    </message>
    <message>
        <source>The answer for %1 is empty.</source>
        <translation>La réponse pour %1 est vide.</translation>
    </message>
    <message>
        <source>The answer for %1 is not valid JSON (%2 at byte %3): it is cut short or not JSON at all.</source>
        <translation>La réponse pour %1 n’est pas du JSON valide (%2 à l’octet %3)&#xa0;: elle est tronquée ou n’est pas du JSON du tout.</translation>
    </message>
    <message>
        <source>The answer for %1 is not a JSON object.</source>
        <translation>La réponse pour %1 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>the list of conferences</source>
        <translation>la liste des conférences</translation>
    </message>
    <message>
        <source>The answer for %1 has no &quot;conferences&quot; list.</source>
        <translation>La réponse pour %1 ne contient pas de liste «&#xa0;conferences&#xa0;».</translation>
    </message>
    <message>
        <source>%1: not an object; left out</source>
        <translation>%1&#xa0;: pas un objet&#xa0;; omis</translation>
    </message>
    <message>
        <source>%1: no acronym; left out</source>
        <translation>%1&#xa0;: aucun acronyme&#xa0;; omis</translation>
    </message>
    <message>
        <source>conference &apos;%1&apos;</source>
        <translation>la conférence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The answer for %1 has no &quot;events&quot; list.</source>
        <translation>La réponse pour %1 ne contient pas de liste «&#xa0;events&#xa0;».</translation>
    </message>
    <message>
        <source>%1 lists %2 events, more than the limit of %3.</source>
        <translation>La réponse pour %1 énumère %2 événements, au-delà de la limite de %3.</translation>
    </message>
    <message>
        <source>%1: event &apos;%2&apos; has neither guid nor slug; left out</source>
        <translation>%1&#xa0;: l’événement «&#xa0;%2&#xa0;» n’a ni guid ni slug&#xa0;; omis</translation>
    </message>
    <message>
        <source>%1: event &apos;%2&apos; repeats the guid %3; left out</source>
        <translation>%1&#xa0;: l’événement «&#xa0;%2&#xa0;» répète le guid %3&#xa0;; omis</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;</source>
        <translation>l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The answer for %1 has neither guid nor slug.</source>
        <translation>La réponse pour %1 n’a ni guid ni slug.</translation>
    </message>
    <message>
        <source>The answer for %1 has no &quot;recordings&quot; list.</source>
        <translation>La réponse pour %1 ne contient pas de liste «&#xa0;recordings&#xa0;».</translation>
    </message>
    <message>
        <source>%1 lists %2 recordings; only the first %3 are read.</source>
        <translation>La réponse pour %1 énumère %2 enregistrements&#xa0;; seuls les %3 premiers sont lus.</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccRecordings</name>
    <message>
        <source>Event &apos;%1&apos;: %2</source>
        <translation>Événement «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; is of the unknown type &apos;%2&apos;; left out</source>
        <translation>le fichier «&#xa0;%1&#xa0;» est d’un type inconnu, «&#xa0;%2&#xa0;»&#xa0;; omis</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; has no http or https address (&apos;%2&apos;); left out</source>
        <translation>le fichier «&#xa0;%1&#xa0;» n’a pas d’adresse http ou https («&#xa0;%2&#xa0;»)&#xa0;; omis</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; has the unknown language code &apos;%2&apos;; left out</source>
        <translation>le fichier «&#xa0;%1&#xa0;» a un code de langue inconnu, «&#xa0;%2&#xa0;»&#xa0;; omis</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; names no language; left out</source>
        <translation>le fichier «&#xa0;%1&#xa0;» n’indique aucune langue&#xa0;; omis</translation>
    </message>
    <message>
        <source>subtitles &apos;%1&apos; need one language, not &apos;%2&apos;; left out</source>
        <translation>les sous-titres «&#xa0;%1&#xa0;» doivent avoir une seule langue, et non «&#xa0;%2&#xa0;»&#xa0;; omis</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Slides (video)</source>
        <translation>Diapositives (vidéo)</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; carries %2 on audio track %3, other files on track %4; left out</source>
        <translation>le fichier «&#xa0;%1&#xa0;» porte %2 sur la piste audio %3, les autres fichiers sur la piste %4&#xa0;; omis</translation>
    </message>
    <message>
        <source>Subtitles (%1)</source>
        <translation>Sous-titres (%1)</translation>
    </message>
</context>
<context>
    <name>fa::NetworkAccess</name>
    <message>
        <source>Cannot reach %1: the server name was not found.</source>
        <translation>Impossible de joindre %1&#xa0;: nom de serveur introuvable.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the server refused the connection.</source>
        <translation>Impossible de joindre %1&#xa0;: le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (no data for %2 seconds).</source>
        <translation>%1 n’a pas répondu à temps (aucune donnée pendant %2 secondes).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed and was not used: %2</source>
        <translation>La connexion sécurisée à %1 a échoué et n’a pas été utilisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP error %2 (%3).</source>
        <translation>%1 a répondu par l’erreur HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>The transfer from %1 was cut short: the connection closed before all the data arrived.</source>
        <translation>Le transfert depuis %1 a été interrompu&#xa0;: la connexion s’est fermée avant l’arrivée de toutes les données.</translation>
    </message>
    <message>
        <source>%1 sends more than the limit of %2 MiB; the transfer was stopped.</source>
        <translation>%1 envoie plus que la limite de %2 Mio&#xa0;; le transfert a été arrêté.</translation>
    </message>
    <message>
        <source>%1 sent content of type &apos;%2&apos;, not a JSON catalog.</source>
        <translation>%1 a envoyé un contenu de type «&#xa0;%2&#xa0;», et non un catalogue JSON.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop or more than %2 times.</source>
        <translation>%1 redirige en boucle ou plus de %2 fois.</translation>
    </message>
    <message>
        <source>%1 redirects to &apos;%2&apos;, which is not an http or https address; the redirect was refused.</source>
        <translation>%1 redirige vers «&#xa0;%2&#xa0;», qui n’est pas une adresse http ou https&#xa0;; la redirection a été refusée.</translation>
    </message>
    <message>
        <source>The transfer from %1 was cancelled.</source>
        <translation>Le transfert depuis %1 a été annulé.</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unexpected answer %1</source>
        <translation>réponse inattendue %1</translation>
    </message>
    <message>
        <source>%1 redirects to &apos;%2&apos;, which is not a secure (https) address; the redirect was refused.</source>
        <translation>%1 redirige vers «&#xa0;%2&#xa0;», qui n’est pas une adresse sécurisée (https)&#xa0;; la redirection a été refusée.</translation>
    </message>
</context>
<context>
    <name>fa::NotesExport</name>
    <message>
        <source>Favourites and notes exported on %1.</source>
        <translation>Favoris et notes exportés le %1.</translation>
    </message>
    <message>
        <source>No favourites or notes yet.</source>
        <translation>Aucun favori ni aucune note pour l’instant.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fa::PhotoCache</name>
    <message>
        <source>&apos;%1&apos; is not an http or https address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>The picture at %1 cannot be read.</source>
        <translation>L’image à l’adresse %1 est illisible.</translation>
    </message>
</context>
<context>
    <name>fa::PlaybackErrors</name>
    <message>
        <source>The recording file “%1” does not exist. Check that the archive folder is complete, or link the recording to another file.</source>
        <translation>Le fichier d’enregistrement «&#xa0;%1&#xa0;» n’existe pas. Vérifiez que le dossier de l’archive est complet ou associez l’enregistrement à un autre fichier.</translation>
    </message>
    <message>
        <source>No recording linked. Link a file or an address to play this recording.</source>
        <translation>Aucun enregistrement associé. Associez un fichier ou une adresse pour lire cet enregistrement.</translation>
    </message>
    <message>
        <source>No application could open “%1”. Copy the address into a web browser.</source>
        <translation>Aucune application n’a pu ouvrir «&#xa0;%1&#xa0;». Copiez l’adresse dans un navigateur web.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>The server at “%1” does not support seeking (%2). Download the file and link it, or open the address in a browser.</source>
        <translation>Le serveur de «&#xa0;%1&#xa0;» ne permet pas de se déplacer dans le fichier (%2). Téléchargez le fichier et associez-le, ou ouvrez l’adresse dans un navigateur.</translation>
    </message>
    <message>
        <source>“%1” is in a format this system cannot play (%2). Install the GStreamer plugins for it (H.264 needs gstreamer1.0-libav) or link another file.</source>
        <translation>«&#xa0;%1&#xa0;» est dans un format que ce système ne peut pas lire (%2). Installez les plugins GStreamer correspondants (H.264 nécessite gstreamer1.0-libav) ou associez un autre fichier.</translation>
    </message>
    <message>
        <source>The address “%1” could not be reached (%2). Check the network connection and the address, then try again.</source>
        <translation>L’adresse «&#xa0;%1&#xa0;» est injoignable (%2). Vérifiez la connexion réseau et l’adresse, puis réessayez.</translation>
    </message>
    <message>
        <source>Access to “%1” was denied (%2). Check the file&apos;s permissions or the address.</source>
        <translation>L’accès à «&#xa0;%1&#xa0;» a été refusé (%2). Vérifiez les autorisations du fichier ou l’adresse.</translation>
    </message>
    <message>
        <source>The file “%1” could not be played (%2). Check that it is a complete video or audio file, or link another file.</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;» (%2). Vérifiez qu’il s’agit d’un fichier vidéo ou audio complet, ou associez un autre fichier.</translation>
    </message>
    <message>
        <source>The recording at “%1” could not be played (%2). Check the network connection and the address, then try again.</source>
        <translation>Impossible de lire l’enregistrement à l’adresse «&#xa0;%1&#xa0;» (%2). Vérifiez la connexion réseau et l’adresse, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” could not be played (%2).</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>The recording at “%1” cannot start at %2: the server does not support seeking in it (it must answer Range requests), or the player cannot seek this stream. Download the file and link it, or open the address in a browser.</source>
        <translation>L’enregistrement à l’adresse «&#xa0;%1&#xa0;» ne peut pas démarrer à %2&#xa0;: le serveur ne permet pas de s’y déplacer (il doit répondre aux requêtes Range) ou le lecteur ne peut pas se déplacer dans ce flux. Téléchargez le fichier et associez-le, ou ouvrez l’adresse dans un navigateur.</translation>
    </message>
    <message>
        <source>The server refused the recording at “%1” (HTTP status %2). The address may have expired or moved; open it in a browser to check.</source>
        <translation>Le serveur a refusé l’enregistrement à l’adresse «&#xa0;%1&#xa0;» (statut HTTP %2). L’adresse a peut-être expiré ou changé&#xa0;; ouvrez-la dans un navigateur pour vérifier.</translation>
    </message>
</context>
<context>
    <name>fa::PlaybackPlanner</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Day recording</source>
        <translation>Enregistrement de la journée</translation>
    </message>
    <message>
        <source>%1 recording</source>
        <translation>Enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 from %3</source>
        <extracomment>Recording choice: language — recording title from offset, e.g. &quot;English — Day 1 recording from 1:02:30&quot;</extracomment>
        <translation>%1 — %2 à partir de %3</translation>
    </message>
    <message>
        <source>%1 — %2 from the start (session not placed yet)</source>
        <extracomment>Recording choice when the session&apos;s chapter is unknown, e.g. &quot;English — Day 1 recording from the start (session not placed yet)&quot;</extracomment>
        <translation>%1 — %2 depuis le début (session pas encore située)</translation>
    </message>
</context>
<context>
    <name>fa::PlayerControls</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Elapsed and total time, e.g. &quot;1:02:30 / 2:45:00&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Lecture (Espace)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Previous chapter ([)</source>
        <translation>Chapitre précédent ([)</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Chapitre précédent</translation>
    </message>
    <message>
        <source>Next chapter (])</source>
        <translation>Chapitre suivant (])</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Chapitre suivant</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position dans l’enregistrement</translation>
    </message>
    <message>
        <source>Recording and language</source>
        <translation>Enregistrement et langue</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>Playback speed, e.g. &quot;1.5×&quot;</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Rétablir le son (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Couper le son (M)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Resume at %1</source>
        <translation>Reprendre à %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy a link to this moment of the recording</source>
        <translation>Copier un lien vers ce moment de l’enregistrement</translation>
    </message>
    <message>
        <source>Full screen (F, Esc to leave)</source>
        <translation>Plein écran (F, Échap pour quitter)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Subtitles and their size</source>
        <translation>Sous-titres et leur taille</translation>
    </message>
</context>
<context>
    <name>fa::PlayerPane</name>
    <message>
        <source>Player</source>
        <extracomment>The player pane as a whole, where its keys (Space, [, ]) work</extracomment>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Chapitre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing is playing. Choose a session and press Play.</source>
        <translation>Aucune lecture en cours. Choisissez une session et appuyez sur Lire.</translation>
    </message>
    <message>
        <source>No recording linked. If you have this recording as a file or know its address, link it here: it will be used from now on.</source>
        <translation>Aucun enregistrement associé. Si vous disposez de cet enregistrement sous forme de fichier ou en connaissez l’adresse, associez-le ici&#xa0;: il sera utilisé désormais.</translation>
    </message>
    <message>
        <source>This recording plays in your web browser. It was opened at the session&apos;s start:
%1</source>
        <translation>Cet enregistrement est lu dans votre navigateur web. Il a été ouvert au début de la session&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Link a Recording File</source>
        <translation>Associer un fichier d’enregistrement</translation>
    </message>
    <message>
        <source>Videos (*.webm *.mp4 *.mkv *.ogv *.mov);;Audio (*.ogg *.opus *.mp3 *.m4a);;All files (*)</source>
        <translation>Vidéos (*.webm *.mp4 *.mkv *.ogv *.mov);;Audio (*.ogg *.opus *.mp3 *.m4a);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Link a Recording Address</source>
        <translation>Associer une adresse d’enregistrement</translation>
    </message>
    <message>
        <source>Address of the recording (a video file on the web, or a YouTube address):</source>
        <translation>Adresse de l’enregistrement (un fichier vidéo sur le web ou une adresse YouTube)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link an &amp;Address…</source>
        <translation>Associer une ad&amp;resse…</translation>
    </message>
    <message>
        <source>Open in &amp;Browser Again</source>
        <translation>Rouvrir dans le na&amp;vigateur</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Ouvrir dans le na&amp;vigateur</translation>
    </message>
    <message>
        <source>Finding the video stream…</source>
        <translation>Recherche du flux vidéo…</translation>
    </message>
    <message>
        <source>&amp;Link Subtitles…</source>
        <translation>&amp;Associer des sous-titres…</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Subtitle text size, e.g. &quot;150 %&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Link Subtitles</source>
        <translation>Associer des sous-titres</translation>
    </message>
    <message>
        <source>Subtitles (*.vtt *.srt);;All files (*)</source>
        <translation>Sous-titres (*.vtt *.srt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Language of the subtitles:</source>
        <translation>Langue des sous-titres&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Finding the video stream</source>
        <translation>Recherche du flux vidéo</translation>
    </message>
    <message>
        <source>Li&amp;nk a File…</source>
        <translation>Lier un fic&amp;hier…</translation>
    </message>
    <message>
        <source>C&amp;opy Address</source>
        <translation>C&amp;opier l’adresse</translation>
    </message>
</context>
<context>
    <name>fa::Preferences</name>
    <message>
        <source>The setting %1 is “%2”, which is none of %3; %4 is used.</source>
        <extracomment>%1: a key of the settings file, %2: its value, %3: the values allowed, %4: the value used instead</extracomment>
        <translation>Le réglage %1 vaut «&#xa0;%2&#xa0;», qui n’est aucun de %3&#xa0;; %4 est utilisé.</translation>
    </message>
</context>
<context>
    <name>fa::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;yt-dlp program:</source>
        <translation>Programme &amp;yt-dlp&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: the yt-dlp found on PATH</source>
        <translation>Vide&#xa0;: le yt-dlp trouvé dans le PATH</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the yt-dlp program</source>
        <translation>Choisir le programme yt-dlp</translation>
    </message>
    <message>
        <source>&amp;media.ccc.de files:</source>
        <extracomment>Which of the files of a media.ccc.de recording plays first</extracomment>
        <translation>Fichiers &amp;media.ccc.de&#xa0;:</translation>
    </message>
    <message>
        <source>Which file of a media.ccc.de recording plays first when it is published in several</source>
        <translation>Le fichier d’un enregistrement media.ccc.de lu en premier quand il est publié en plusieurs</translation>
    </message>
    <message>
        <source>HD WebM</source>
        <extracomment>Picture of 720 lines or more, WebM file</extracomment>
        <translation>WebM HD</translation>
    </message>
    <message>
        <source>HD MP4</source>
        <extracomment>Picture of 720 lines or more, MP4 file</extracomment>
        <translation>MP4 HD</translation>
    </message>
    <message>
        <source>SD WebM</source>
        <extracomment>Picture of fewer than 720 lines, WebM file</extracomment>
        <translation>WebM SD</translation>
    </message>
    <message>
        <source>SD MP4</source>
        <extracomment>Picture of fewer than 720 lines, MP4 file</extracomment>
        <translation>MP4 SD</translation>
    </message>
    <message>
        <source>Found on PATH: %1</source>
        <translation>Trouvé dans le PATH&#xa0;: %1</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>yt-dlp was not found on PATH. Install the Debian package yt-dlp, or choose the program.</source>
        <translation>yt-dlp est introuvable dans le PATH. Installez le paquet Debian yt-dlp, ou choisissez le programme.</translation>
    </message>
    <message>
        <source>Not found: no program “%1”. Choose the yt-dlp program, or clear the field to use the one on PATH (Debian package yt-dlp).</source>
        <translation>Introuvable&#xa0;: aucun programme «&#xa0;%1&#xa0;». Choisissez le programme yt-dlp, ou videz le champ pour utiliser celui du PATH (paquet Debian yt-dlp).</translation>
    </message>
    <message>
        <source>Choose the yt-dlp Program</source>
        <translation>Choisir le programme yt-dlp</translation>
    </message>
    <message>
        <source>media.ccc.de file that plays first</source>
        <translation>Fichier media.ccc.de lu en premier</translation>
    </message>
</context>
<context>
    <name>fa::ProblemsDialog</name>
    <message>
        <source>Catalog not opened</source>
        <translation>Catalogue non ouvert</translation>
    </message>
    <message>
        <source>Catalog opened with warnings</source>
        <translation>Catalogue ouvert avec des avertissements</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s) must be fixed first. The catalog that was open stays open.</source>
        <translation>
            <numerusform>Impossible d’ouvrir %1&#xa0;: %n problème doit d’abord être corrigé. Le catalogue déjà ouvert reste ouvert.</numerusform>
            <numerusform>Impossible d’ouvrir %1&#xa0;: %n problèmes doivent d’abord être corrigés. Le catalogue déjà ouvert reste ouvert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened, with %n warning(s). Unknown fields are ignored.</source>
        <translation>
            <numerusform>%1 ouvert, avec %n avertissement. Les champs inconnus sont ignorés.</numerusform>
            <numerusform>%1 ouvert, avec %n avertissements. Les champs inconnus sont ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>fa::RedirectingReply</name>
    <message>
        <source>Operation canceled</source>
        <translation>Opération annulée</translation>
    </message>
</context>
<context>
    <name>fa::RemoteCatalogLoader</name>
    <message>
        <source>&apos;%1&apos; is not an http or https address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>Offline copy from %1</source>
        <translation>Copie hors ligne du %1</translation>
    </message>
    <message>
        <source>%1 answered &apos;not modified&apos; but no copy of it is kept.</source>
        <translation>%1 a répondu «&#xa0;not modified&#xa0;», mais aucune copie n’en est conservée.</translation>
    </message>
    <message>
        <source>The catalog at %1 has problems and was not opened.</source>
        <translation>Le catalogue à l’adresse %1 présente des problèmes et n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>Copy from %1 kept: the new version was refused</source>
        <translation>Copie du %1 conservée&#xa0;: la nouvelle version a été refusée</translation>
    </message>
    <message>
        <source>No copy of %1 is kept.</source>
        <translation>Aucune copie de %1 n’est conservée.</translation>
    </message>
</context>
<context>
    <name>fa::RemoteValidation</name>
    <message numerus="yes">
        <source>%n of the catalog&apos;s addresses cannot be reached.</source>
        <translation>
            <numerusform>%n adresse du catalogue est injoignable.</numerusform>
            <numerusform>%n adresses du catalogue sont injoignables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: %1, %2, %n warning(s)</source>
        <extracomment>%1 is &quot;%n session(s)&quot;, %2 &quot;%n address(es) checked&quot;</extracomment>
        <translation>
            <numerusform>valide&#xa0;: %1, %2, %n avertissement</numerusform>
            <numerusform>valide&#xa0;: %1, %2, %n avertissements</numerusform>
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
            <numerusform>%n adresse vérifiée</numerusform>
            <numerusform>%n adresses vérifiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ScheduleImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>le fichier dépasse la limite de %1 Mio</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a chapter format, not a schedule</source>
        <translation>«&#xa0;%1&#xa0;» est un format de chapitres, pas un programme</translation>
    </message>
</context>
<context>
    <name>fa::ScheduleJsonImporter</name>
    <message>
        <source>the schedule names no time zone; using %1 from its times</source>
        <translation>le programme n’indique aucun fuseau horaire&#xa0;; %1 est déduit de ses heures</translation>
    </message>
    <message>
        <source>column %1: malformed JSON: %2</source>
        <translation>colonne %1&#xa0;: JSON mal formé&#xa0;: %2</translation>
    </message>
    <message>
        <source>no &quot;conference&quot; object: this is not a schedule.json</source>
        <translation>aucun objet «&#xa0;conference&#xa0;»&#xa0;: ce n’est pas un schedule.json</translation>
    </message>
    <message>
        <source>the schedule has no days</source>
        <translation>le programme ne contient aucune journée</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; ignored</source>
        <translation>fuseau horaire «&#xa0;%1&#xa0;» inconnu, ignoré</translation>
    </message>
    <message>
        <source>the schedule names no time zone; using %1 from its city</source>
        <translation>le programme n’indique aucun fuseau horaire&#xa0;; %1 est déduit de sa ville</translation>
    </message>
    <message>
        <source>expected an array of days</source>
        <translation>tableau de journées attendu</translation>
    </message>
    <message>
        <source>not an object, left out</source>
        <translation>pas un objet, omis</translation>
    </message>
    <message>
        <source>the schedule names no time zone; times are taken as UTC</source>
        <translation>le programme n’indique aucun fuseau horaire&#xa0;; les heures sont considérées comme UTC</translation>
    </message>
    <message>
        <source>a day without a date is left out with its events</source>
        <translation>une journée sans date est omise avec ses événements</translation>
    </message>
    <message>
        <source>expected an object keyed by room name</source>
        <translation>objet indexé par nom de salle attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address, left out</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http(s), omise</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a start time</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure de début</translation>
    </message>
</context>
<context>
    <name>fa::SessionDetailPane</name>
    <message>
        <source>Select a session to see its speakers, materials and recordings.</source>
        <translation>Sélectionnez une session pour afficher ses intervenants, documents et enregistrements.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>no recording linked yet</source>
        <translation>aucun enregistrement associé pour l’instant</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>download</source>
        <translation>télécharger</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>No recording for this session</source>
        <translation>Aucun enregistrement pour cette session</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Toggle favourite (Ctrl+D)</source>
        <translation>Ajouter aux favoris ou en retirer (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;My note</source>
        <translation>&amp;Ma note</translation>
    </message>
    <message>
        <source>Write a note about this session; it is saved as you type.</source>
        <translation>Rédigez une note sur cette session&#xa0;; elle est enregistrée au fil de la saisie.</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Ma note</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
</context>
<context>
    <name>fa::SessionListModel</name>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>Pas un favori</translation>
    </message>
    <message>
        <source>Recording linked</source>
        <translation>Enregistrement associé</translation>
    </message>
    <message>
        <source>No recording linked</source>
        <translation>Aucun enregistrement associé</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Jour et heure</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
</context>
<context>
    <name>fa::SessionListPane</name>
    <message>
        <source>This catalog has no sessions yet</source>
        <translation>Ce catalogue ne contient encore aucune session</translation>
    </message>
    <message>
        <source>Its days and pillars are listed on the left.</source>
        <translation>Ses journées et ses piliers sont listés à gauche.</translation>
    </message>
    <message>
        <source>No sessions match</source>
        <translation>Aucune session ne correspond</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>la recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the chosen day</source>
        <translation>la journée choisie</translation>
    </message>
    <message>
        <source>the chosen pillars</source>
        <translation>les piliers choisis</translation>
    </message>
    <message>
        <source>the chosen speaker</source>
        <translation>l’intervenant choisi</translation>
    </message>
    <message>
        <source>favourites only (you have none yet)</source>
        <translation>favoris uniquement (vous n’en avez pas encore)</translation>
    </message>
    <message>
        <source>favourites only</source>
        <translation>favoris uniquement</translation>
    </message>
    <message>
        <source>Nothing fits %1.</source>
        <translation>Aucune session ne répond aux critères suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Search titles, summaries and speakers (Ctrl+F)</source>
        <translation>Rechercher dans les titres, résumés et intervenants (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message numerus="yes">
        <source>Reading subtitles: %1 of %n file(s)…</source>
        <translation>
            <numerusform>Lecture des sous-titres&#xa0;: %1 sur %n fichier…</numerusform>
            <numerusform>Lecture des sous-titres&#xa0;: %1 sur %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a word to find the moments it was said.</source>
        <translation>Saisissez un mot pour trouver les moments où il a été prononcé.</translation>
    </message>
    <message>
        <source>Nobody said “%1” in the subtitles of this catalog.</source>
        <translation>Personne n’a dit «&#xa0;%1&#xa0;» dans les sous-titres de ce catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n moment(s); press Enter to play one.</source>
        <translation>
            <numerusform>%n premier moment&#xa0;; appuyez sur Entrée pour le lire.</numerusform>
            <numerusform>Les %n premiers moments&#xa0;; appuyez sur Entrée pour en lire un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s); press Enter to play one.</source>
        <translation>
            <numerusform>%n moment&#xa0;; appuyez sur Entrée pour le lire.</numerusform>
            <numerusform>%n moments&#xa0;; appuyez sur Entrée pour en lire un.</numerusform>
        </translation>
    </message>
    <message>
        <source>In what was said</source>
        <translation>Dans ce qui a été dit</translation>
    </message>
    <message>
        <source>Search the subtitles of the recordings instead of titles and speakers</source>
        <translation>Rechercher dans les sous-titres des enregistrements plutôt que dans les titres et les intervenants</translation>
    </message>
    <message>
        <source>Moments found in what was said</source>
        <translation>Moments trouvés dans ce qui a été dit</translation>
    </message>
</context>
<context>
    <name>fa::SessionPresenter</name>
    <message>
        <source>(%1)</source>
        <extracomment>Marks a catalog text shown in another language than the chosen one, e.g. &quot;(English)&quot;.</extracomment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2 your time</source>
        <translation>%1, %2 (votre fuseau horaire)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording of this session is in the catalog.</source>
        <translation>Aucun enregistrement de cette session ne figure dans le catalogue.</translation>
    </message>
    <message>
        <source>The position of this session in its day&apos;s recording is not in the catalog yet.</source>
        <translation>La position de cette session dans l’enregistrement de sa journée n’est pas encore dans le catalogue.</translation>
    </message>
    <message>
        <source>No recording linked yet: link a file or an address from the player.</source>
        <translation>Aucun enregistrement associé pour l’instant&#xa0;: associez un fichier ou une adresse depuis le lecteur.</translation>
    </message>
</context>
<context>
    <name>fa::SrtReader</name>
    <message>
        <source>expected a cue number and a timing line such as 00:00:01,000 --&gt; 00:00:04,000; the block is skipped</source>
        <translation>un numéro de repère et une ligne de minutage comme 00:00:01,000 --&gt; 00:00:04,000 étaient attendus&#xa0;; le bloc est ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cue timing such as 00:00:01,000 --&gt; 00:00:04,000; the cue is skipped</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un minutage de repère comme 00:00:01,000 --&gt; 00:00:04,000&#xa0;; le repère est ignoré</translation>
    </message>
    <message>
        <source>The file has no SRT cues.</source>
        <translation>Le fichier ne contient aucun repère SRT.</translation>
    </message>
</context>
<context>
    <name>fa::StatusArea</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Fetch the catalog from its address again</source>
        <translation>Télécharger de nouveau le catalogue depuis son adresse</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading; what arrived stays open</source>
        <translation>Arrêter le chargement&#xa0;; ce qui est déjà arrivé reste ouvert</translation>
    </message>
</context>
<context>
    <name>fa::SubtitleLoader</name>
    <message>
        <source>The subtitles &apos;%1&apos; are neither a file nor an http or https address.</source>
        <translation>Les sous-titres «&#xa0;%1&#xa0;» ne sont ni un fichier ni une adresse http ou https.</translation>
    </message>
    <message>
        <source>The subtitles cannot be loaded. %1</source>
        <translation>Impossible de charger les sous-titres. %1</translation>
    </message>
    <message>
        <source>The subtitles %1 cannot be shown. %2</source>
        <translation>Impossible d’afficher les sous-titres %1. %2</translation>
    </message>
    <message>
        <source>Subtitles %1: %2</source>
        <translation>Sous-titres %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fa::SubtitleReadResult</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s)</source>
        <translation>
            <numerusform>%n autre problème</numerusform>
            <numerusform>%n autres problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::SubtitleReader</name>
    <message>
        <source>The file is %1; subtitle files larger than %2 are not read.</source>
        <translation>Le fichier fait %1&#xa0;; les fichiers de sous-titres de plus de %2 ne sont pas lus.</translation>
    </message>
    <message>
        <source>only the first %1 cues are read; the rest of the file is skipped</source>
        <translation>seuls les %1 premiers repères sont lus&#xa0;; le reste du fichier est ignoré</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; subtitles must be UTF-8. Save the file as UTF-8 and open it again.</source>
        <translation>Le fichier est du texte UTF-16&#xa0;; les sous-titres doivent être en UTF-8. Enregistrez le fichier en UTF-8 et rouvrez-le.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: the byte %1 at offset %2 (line %3) is not valid UTF-8. Save the file as UTF-8 and open it again.</source>
        <translation>Le fichier n’est pas du texte UTF-8&#xa0;: l’octet %1 à la position %2 (ligne %3) n’est pas de l’UTF-8 valide. Enregistrez le fichier en UTF-8 et rouvrez-le.</translation>
    </message>
    <message>
        <source>The file is neither WebVTT (starting with the line WEBVTT) nor SRT (numbered cues timed like 00:00:01,000 --&gt; 00:00:04,000).</source>
        <translation>Le fichier n’est ni du WebVTT (commençant par la ligne WEBVTT) ni du SRT (repères numérotés minutés comme 00:00:01,000 --&gt; 00:00:04,000).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>This is a folder, not a subtitle file.</source>
        <translation>Il s’agit d’un dossier, et non d’un fichier de sous-titres.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the cue ends (%1) before it starts (%2); it is skipped</source>
        <translation>le repère se termine (%1) avant de commencer (%2)&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>the cue ends as it starts (%1); it is skipped</source>
        <translation>le repère se termine au moment où il commence (%1)&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>this cue starts before the one above it; cues are shown by their times, not their order in the file</source>
        <translation>ce repère commence avant celui qui le précède&#xa0;; les repères sont affichés selon leurs horaires, et non selon leur ordre dans le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s) start before an earlier cue has ended; they are shown together</source>
        <translation>
            <numerusform>%n repère commence avant la fin d’un repère antérieur&#xa0;; ils sont affichés ensemble</numerusform>
            <numerusform>%n repères commencent avant la fin d’un repère antérieur&#xa0;; ils sont affichés ensemble</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is later than %2 hours; the cue is skipped</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 heures&#xa0;; le repère est ignoré</translation>
    </message>
</context>
<context>
    <name>fa::SubtitleSelection</name>
    <message>
        <source>Off</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <source>%1 (captions)</source>
        <extracomment>Subtitles that also describe sounds, e.g. &quot;English (captions)&quot;</extracomment>
        <translation>%1 (pour malentendants)</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <extracomment>Subtitles made by speech recognition or machine translation</extracomment>
        <translation>%1 (automatiques)</translation>
    </message>
</context>
<context>
    <name>fa::TranscriptSearch</name>
    <message>
        <source>%1 · %2
“%3”</source>
        <extracomment>A moment found in what was said: time, session, the line</extracomment>
        <translation>%1 · %2
«&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>fa::UserDataStore</name>
    <message>
        <source>Your saved data for this catalog could not be read (%1: %2). Changes will be kept in memory until it can be saved.</source>
        <translation>Impossible de lire vos données enregistrées pour ce catalogue (%1&#xa0;: %2). Les modifications seront conservées en mémoire jusqu’à ce qu’elles puissent être enregistrées.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>it is not a Forum Archive data file</source>
        <translation>ce n’est pas un fichier de données Forum Archive</translation>
    </message>
    <message>
        <source>Your saved data for this catalog was damaged (%1) and has been set aside as %2. Starting with empty favourites and notes.</source>
        <translation>Vos données enregistrées pour ce catalogue étaient endommagées (%1) et ont été mises de côté sous le nom %2. Vos favoris et vos notes repartent de zéro.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for your data.</source>
        <translation>Impossible de créer le dossier %1 pour vos données.</translation>
    </message>
    <message>
        <source>Could not save your data to %1: %2</source>
        <translation>Impossible d’enregistrer vos données dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your saved data in %1 could not be read, so it is not overwritten. Changes are kept until Forum Archive closes.</source>
        <translation>Vos données enregistrées dans %1 n’ont pas pu être lues&#xa0;; elles ne sont donc pas écrasées. Les modifications sont conservées jusqu’à la fermeture de Forum Archive.</translation>
    </message>
</context>
<context>
    <name>fa::WebVttReader</name>
    <message>
        <source>The file is not WebVTT: its first line must be WEBVTT.</source>
        <translation>Le fichier n’est pas du WebVTT&#xa0;: sa première ligne doit être WEBVTT.</translation>
    </message>
    <message>
        <source>this block has no timing line such as 00:01:02.500 --&gt; 00:01:05.000; skipped</source>
        <translation>ce bloc n’a pas de ligne de minutage comme 00:01:02.500 --&gt; 00:01:05.000&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cue timing such as 00:01:02.500 --&gt; 00:01:05.000; the cue is skipped</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un minutage de repère comme 00:01:02.500 --&gt; 00:01:05.000&#xa0;; le repère est ignoré</translation>
    </message>
</context>
<context>
    <name>fa::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Catalogues &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; the entries are each language&apos;s own name.</extracomment>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>&amp;Ouvrir un catalogue…</translation>
    </message>
    <message>
        <source>Open &amp;Folder Bundle…</source>
        <translation>Ouvrir un &amp;dossier groupé…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Archive</source>
        <translation>Ouvrir l’archive d’e&amp;xemple</translation>
    </message>
    <message>
        <source>Open from &amp;Address…</source>
        <translation>Ouvrir depuis une &amp;adresse…</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>Rechercher les mises à &amp;jour</translation>
    </message>
    <message>
        <source>&amp;Import Schedule or Chapters…</source>
        <translation>&amp;Importer un programme ou des chapitres…</translation>
    </message>
    <message>
        <source>&amp;Export Favourites and Notes…</source>
        <translation>&amp;Exporter les favoris et les notes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search Sessions</source>
        <translation>&amp;Rechercher des sessions</translation>
    </message>
    <message>
        <source>Clear Filte&amp;rs</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>Afficher les &amp;filtres</translation>
    </message>
    <message>
        <source>Follow Playback in the &amp;List</source>
        <translation>Suivre la lecture dans la &amp;liste</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>Ajouter/retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Modifier la &amp;note</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Forum Archive</source>
        <translation>À &amp;propos de Forum Archive</translation>
    </message>
    <message>
        <source>Open from &amp;media.ccc.de…</source>
        <translation>Ouvrir depuis &amp;media.ccc.de…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <extracomment>Submenu of View: the application&apos;s colours.</extracomment>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>Appearance: the desktop&apos;s own colours.</extracomment>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <extracomment>Appearance: dark text on light backgrounds.</extracomment>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <extracomment>Appearance: light text on dark backgrounds.</extracomment>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>fa::YouTubeAnswerReader</name>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l’octet %2</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>“id” is missing</source>
        <translation>«&#xa0;id&#xa0;» manque</translation>
    </message>
    <message>
        <source>it describes the video “%1”, not “%2”</source>
        <translation>elle décrit la vidéo «&#xa0;%1&#xa0;», pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>it describes a “%1”, not a video</source>
        <translation>elle décrit un «&#xa0;%1&#xa0;», pas une vidéo</translation>
    </message>
    <message>
        <source>“formats” is not a list</source>
        <translation>«&#xa0;formats&#xa0;» n’est pas une liste</translation>
    </message>
    <message>
        <source>an entry of “formats” is not an object</source>
        <translation>une entrée de «&#xa0;formats&#xa0;» n’est pas un objet</translation>
    </message>
    <message>
        <source>it names no stream address</source>
        <translation>elle ne donne aucune adresse de flux</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>elle dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>fa::YouTubeFailure</name>
    <message>
        <source>“%1” is not the https address of a YouTube video, so it is not played in the app. Open it in the browser instead.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’adresse https d’une vidéo YouTube&#xa0;: elle n’est donc pas lue dans l’application. Ouvrez-la plutôt dans le navigateur.</translation>
    </message>
    <message>
        <source>yt-dlp at “%1” could not be started (%2). Check that it is a program this system can run.</source>
        <translation>yt-dlp à «&#xa0;%1&#xa0;» n’a pas pu être lancé (%2). Vérifiez qu’il s’agit d’un programme que ce système peut exécuter.</translation>
    </message>
    <message>
        <source>yt-dlp stopped unexpectedly while resolving “%1”.</source>
        <translation>yt-dlp s’est arrêté de façon inattendue en cherchant le flux de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>yt-dlp failed with exit code %1 while resolving “%2”.</source>
        <translation>yt-dlp a échoué avec le code de sortie %1 en cherchant le flux de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>yt-dlp could not resolve “%1”:
%2</source>
        <translation>yt-dlp n’a pas pu trouver le flux de «&#xa0;%1&#xa0;»&#xa0;:
%2</translation>
    </message>
    <message numerus="yes">
        <source>yt-dlp gave no answer for “%1” within %n second(s). Check the network connection, or update yt-dlp.</source>
        <translation>
            <numerusform>yt-dlp n’a pas répondu pour «&#xa0;%1&#xa0;» en %n seconde. Vérifiez la connexion réseau ou mettez yt-dlp à jour.</numerusform>
            <numerusform>yt-dlp n’a pas répondu pour «&#xa0;%1&#xa0;» en %n secondes. Vérifiez la connexion réseau ou mettez yt-dlp à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer of yt-dlp for “%1” could not be read (%2). Updating yt-dlp may help.</source>
        <translation>La réponse de yt-dlp pour «&#xa0;%1&#xa0;» est illisible (%2). Mettre yt-dlp à jour peut aider.</translation>
    </message>
    <message>
        <source>only separate video and audio streams are offered</source>
        <translation>seuls des flux vidéo et audio séparés sont proposés</translation>
    </message>
    <message>
        <source>offered: %1</source>
        <translation>proposé&#xa0;: %1</translation>
    </message>
    <message>
        <source>YouTube offers no single stream with both audio and video for “%1” that this system can play (%2).</source>
        <translation>YouTube ne propose pour «&#xa0;%1&#xa0;» aucun flux unique avec son et image que ce système puisse lire (%2).</translation>
    </message>
    <message>
        <source>YouTube offers no single stream with both audio and video for “%1” that this system can play (%2). Installing %3 would help.</source>
        <translation>YouTube ne propose pour «&#xa0;%1&#xa0;» aucun flux unique avec son et image que ce système puisse lire (%2). Installer %3 aiderait.</translation>
    </message>
    <message>
        <source>yt-dlp answered for “%1” with separate video and audio streams, which the player cannot play together.</source>
        <translation>yt-dlp a répondu pour «&#xa0;%1&#xa0;» avec des flux vidéo et audio séparés, que le lecteur ne peut pas lire ensemble.</translation>
    </message>
    <message>
        <source>yt-dlp answered for “%1” with a stream address that is not http or https (%2); it is not played.</source>
        <translation>yt-dlp a répondu pour «&#xa0;%1&#xa0;» avec une adresse de flux qui n’est ni http ni https (%2)&#xa0;: elle n’est pas lue.</translation>
    </message>
    <message>
        <source>Finding the video stream of “%1” was cancelled.</source>
        <translation>La recherche du flux vidéo de «&#xa0;%1&#xa0;» a été annulée.</translation>
    </message>
    <message>
        <source>yt-dlp was not found at “%1”, the location set in File → Preferences. Correct the location, or clear it to use the installed yt-dlp.</source>
        <translation>yt-dlp est introuvable à «&#xa0;%1&#xa0;», l’emplacement indiqué dans Fichier → Préférences. Corrigez l’emplacement, ou videz-le pour utiliser le yt-dlp installé.</translation>
    </message>
    <message>
        <source>yt-dlp is not installed. Install the Debian package yt-dlp, or set its location in File → Preferences.</source>
        <translation>yt-dlp n’est pas installé. Installez le paquet Debian yt-dlp, ou indiquez son emplacement dans Fichier → Préférences.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse an event&apos;s sessions and watch their recordings.</source>
        <translation>Parcourir les sessions d’un événement et regarder leurs enregistrements.</translation>
    </message>
    <message>
        <source>Open this catalog file or folder bundle.</source>
        <translation>Ouvre ce fichier de catalogue ou ce dossier groupé.</translation>
    </message>
    <message>
        <source>Interface language: en, fr or es.</source>
        <translation>Langue de l’interface&#xa0;: en, fr ou es.</translation>
    </message>
    <message>
        <source>Print the milliseconds to the first paint and quit.</source>
        <translation>Affiche le nombre de millisecondes jusqu’au premier affichage, puis quitte.</translation>
    </message>
    <message>
        <source>Do not reopen the catalogs and filters of the last run.</source>
        <translation>Ne rouvre pas les catalogues et filtres de la dernière exécution.</translation>
    </message>
    <message>
        <source>Select this session of the catalog and play it.</source>
        <translation>Sélectionne cette session du catalogue et la lit.</translation>
    </message>
    <message>
        <source>With --session: start at this offset into the recording (seconds, M:SS or H:MM:SS).</source>
        <translation>Avec --session&#xa0;: démarre à cette position dans l’enregistrement (secondes, M:SS ou H:MM:SS).</translation>
    </message>
    <message>
        <source>A link to a moment of a recording, as copied in the player.</source>
        <translation>Lien vers un moment d’un enregistrement, tel que copié dans le lecteur.</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a time such as 90, 1:30 or 1:02:30.</source>
        <translation>--at&#xa0;: «&#xa0;%1&#xa0;» n’est pas un temps comme 90, 1:30 ou 1:02:30.</translation>
    </message>
    <message>
        <source>--session: the open catalog has no session &apos;%1&apos;.</source>
        <translation>--session&#xa0;: le catalogue ouvert ne contient pas de session «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Select this session of the catalog without playing it; Enter plays it.</source>
        <translation>Sélectionner cette session du catalogue sans la lire&#xa0;; Entrée la lit.</translation>
    </message>
    <message>
        <source>--select: not with --session or --at, which play the session.</source>
        <translation>--select&#xa0;: pas avec --session ni --at, qui lisent la session.</translation>
    </message>
    <message>
        <source>--select: the open catalog has no session &apos;%1&apos;.</source>
        <translation>--select&#xa0;: le catalogue ouvert n’a pas de session «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
</TS>
