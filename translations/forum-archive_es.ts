<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>FilterPane</name>
    <message>
        <source>Switch between the open catalogs</source>
        <translation>Cambiar entre los catálogos abiertos</translation>
    </message>
    <message>
        <source>Open catalogs</source>
        <translation>Catálogos abiertos</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Pilla&amp;rs</source>
        <translation>&amp;Pilares</translation>
    </message>
    <message>
        <source>Spea&amp;ker</source>
        <translation>Po&amp;nente</translation>
    </message>
    <message>
        <source>Favo&amp;urites only</source>
        <translation>Solo &amp;favoritos</translation>
    </message>
</context>
<context>
    <name>fa::AddedSessionEditor</name>
    <message>
        <source>Pillars of the added session</source>
        <translation>Pilares de la sesión añadida</translation>
    </message>
    <message>
        <source>Keeps these titles and pillars (one step you can undo).</source>
        <translation>Guarda estos títulos y pilares (en un paso que puede deshacer).</translation>
    </message>
    <message>
        <source>Removes the session you added; its chapter stays in the recording.</source>
        <translation>Elimina la sesión que añadió; su capítulo se mantiene en la grabación.</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <translation>Título (%1):</translation>
    </message>
    <message>
        <source>Title in %1</source>
        <translation>Título en %1</translation>
    </message>
    <message>
        <source>You added this session from a chapter of %1 at %2.</source>
        <translation>Añadió esta sesión a partir de un capítulo de %1 en %2.</translation>
    </message>
    <message>
        <source>Pillars:</source>
        <translation>Pilares:</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Guardar la sesión</translation>
    </message>
    <message>
        <source>Remove Session</source>
        <translation>Quitar la sesión</translation>
    </message>
</context>
<context>
    <name>fa::AddressChecker</name>
    <message>
        <source>the file %1 is missing</source>
        <translation>falta el archivo %1</translation>
    </message>
    <message>
        <source>leads to no file and no address</source>
        <translation>no lleva a ningún archivo ni a ninguna dirección</translation>
    </message>
    <message>
        <source>%1 does not announce Range requests (Accept-Ranges: bytes): the app cannot seek in this recording unless the server answers them</source>
        <translation>%1 no anuncia solicitudes Range (Accept-Ranges: bytes): la aplicación no puede saltar dentro de esta grabación a menos que el servidor las responda</translation>
    </message>
</context>
<context>
    <name>fa::ApiAnswerFetcher</name>
    <message>
        <source>not an http or https address</source>
        <translation>no es una dirección http o https</translation>
    </message>
    <message>
        <source>%1 cannot be reached and no copy of it is kept.</source>
        <translation>No se puede acceder a %1 y no se conserva ninguna copia.</translation>
    </message>
    <message>
        <source>%1 answered &apos;not modified&apos; but no copy of it is kept.</source>
        <translation>%1 respondió «not modified», pero no se conserva ninguna copia.</translation>
    </message>
</context>
<context>
    <name>fa::ArchiveSession</name>
    <message>
        <source>The built-in catalog</source>
        <translation>El catálogo integrado</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Obteniendo %1…</translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 está actualizado.</translation>
    </message>
    <message>
        <source>%1 updated: %2</source>
        <translation>%1 actualizado: %2</translation>
    </message>
    <message>
        <source>This session has no recording in the catalog.</source>
        <translation>Esta sesión no tiene ninguna grabación en el catálogo.</translation>
    </message>
    <message>
        <source>No open catalog has a recording at %1.</source>
        <translation>Ningún catálogo abierto tiene una grabación que corresponda a %1.</translation>
    </message>
    <message>
        <source>Now playing: %1</source>
        <translation>Reproduciendo: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fa::AuthoringPanel</name>
    <message>
        <source>Records the current playback position as where the selected session starts in this recording.</source>
        <translation>Registra la posición de reproducción actual como el inicio de la sesión seleccionada en esta grabación.</translation>
    </message>
    <message>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <source>Move the session start one second earlier</source>
        <translation>Adelantar un segundo el inicio de la sesión</translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <source>Move the session start one second later</source>
        <translation>Retrasar un segundo el inicio de la sesión</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last chapter edit (%1)</source>
        <translation>Deshacer el último cambio de capítulo (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the chapter edit (%1)</source>
        <translation>Rehacer el cambio de capítulo (%1)</translation>
    </message>
    <message>
        <source>Undo the last chapter edit</source>
        <translation>Deshacer el último cambio de capítulo</translation>
    </message>
    <message>
        <source>Redo the chapter edit</source>
        <translation>Rehacer el cambio de capítulo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the chapters</source>
        <translation>Exportar los capítulos</translation>
    </message>
    <message>
        <source>Full Catalog (.json)…</source>
        <translation>Catálogo completo (.json)…</translation>
    </message>
    <message>
        <source>YouTube Chapters (.txt)…</source>
        <translation>Capítulos de YouTube (.txt)…</translation>
    </message>
    <message>
        <source>WebVTT Chapters (.vtt)…</source>
        <translation>Capítulos WebVTT (.vtt)…</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Inicio de la sesión</translation>
    </message>
    <message>
        <source>Authoring message</source>
        <translation>Mensaje de edición</translation>
    </message>
    <message>
        <source>Select a session to mark where it starts.</source>
        <translation>Seleccione una sesión para marcar dónde empieza.</translation>
    </message>
    <message>
        <source>Play a recording of this catalog to mark where “%1” starts.</source>
        <translation>Reproduzca una grabación de este catálogo para marcar dónde empieza «%1».</translation>
    </message>
    <message>
        <source>“%1” has no start in %2 yet.</source>
        <translation>«%1» aún no tiene inicio en %2.</translation>
    </message>
    <message>
        <source>“%1” starts at %2 in %3.</source>
        <translation>«%1» empieza en %2 de %3.</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>Catálogos (*.json)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>WebVTT files (*.vtt)</source>
        <translation>Archivos WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>Export Chapters</source>
        <translation>Exportar capítulos</translation>
    </message>
    <message>
        <source>There is no catalog to export.</source>
        <translation>No hay ningún catálogo para exportar.</translation>
    </message>
    <message>
        <source>Play a recording of this catalog first: chapters are exported per recording.</source>
        <translation>Primero reproduzca una grabación de este catálogo: los capítulos se exportan por grabación.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <source>It is in another folder than the catalog: its relative media and material paths resolve from the new folder.</source>
        <translation>Está en otra carpeta que el catálogo: sus rutas relativas de medios y materiales se resuelven desde la nueva carpeta.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>&amp;Import Chapters…</source>
        <translation>Importar &amp;capítulos…</translation>
    </message>
    <message>
        <source>Paste or open the chapters of a recording (a YouTube description or a WebVTT file): every chapter goes on the recording, and chapters that name no session can become sessions of its day.</source>
        <translation>Pegue o abra los capítulos de una grabación (una descripción de YouTube o un archivo WebVTT): cada capítulo se coloca en la grabación, y los capítulos que no nombran ninguna sesión pueden convertirse en sesiones de su día.</translation>
    </message>
    <message>
        <source>The chapters could not be applied to this catalog.</source>
        <translation>No se pudieron aplicar los capítulos a este catálogo.</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) imported into %1.</source>
        <translation>
            <numerusform>%n capítulo importado en %1.</numerusform>
            <numerusform>%n capítulos importados en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added to %1.</source>
        <translation>
            <numerusform>%n sesión añadida a %1.</numerusform>
            <numerusform>%n sesiones añadidas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set s&amp;tart of this session here</source>
        <translation>Marcar aquí el inicio de es&amp;ta sesión</translation>
    </message>
</context>
<context>
    <name>fa::BrowseController</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n topic(s)</source>
        <translation>
            <numerusform>%1 de %n tema</numerusform>
            <numerusform>%1 de %n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s)</source>
        <translation>
            <numerusform>%1 de %n sesión</numerusform>
            <numerusform>%1 de %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::CatalogBuilder</name>
    <message>
        <source>a person without a name is left out</source>
        <translation>se omite una persona sin nombre</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;: this event is kept as &apos;%2&apos;</source>
        <translation>id «%1» duplicado: este evento se conserva como «%2»</translation>
    </message>
    <message>
        <source>Untitled session %1</source>
        <translation>Sesión sin título %1</translation>
    </message>
    <message>
        <source>event &apos;%1&apos; has no title</source>
        <translation>el evento «%1» no tiene título</translation>
    </message>
    <message>
        <source>Imported schedule</source>
        <translation>Programa importado</translation>
    </message>
    <message>
        <source>the schedule has no title</source>
        <translation>el programa no tiene título</translation>
    </message>
    <message>
        <source>the schedule names no time zone; times are taken as UTC</source>
        <translation>el programa no indica ninguna zona horaria; las horas se toman como UTC</translation>
    </message>
</context>
<context>
    <name>fa::CatalogDialogs</name>
    <message>
        <source>Open Catalog</source>
        <translation>Abrir catálogo</translation>
    </message>
    <message>
        <source>Forum Archive catalogs (*.json);;All files (*)</source>
        <translation>Catálogos de Forum Archive (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Folder Bundle</source>
        <translation>Abrir carpeta de paquete</translation>
    </message>
    <message>
        <source>Open from Address</source>
        <translation>Abrir desde una dirección</translation>
    </message>
    <message>
        <source>Address of a Forum Archive catalog, or of a media.ccc.de conference or talk:</source>
        <translation>Dirección de un catálogo de Forum Archive o de una conferencia o charla de media.ccc.de:</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>«%1» no es una dirección http o https.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Export Favourites and Notes</source>
        <translation>Exportar favoritos y notas</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
</context>
<context>
    <name>fa::CatalogDiff</name>
    <message>
        <source>No session changed.</source>
        <translation>Ninguna sesión ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added</source>
        <translation>
            <numerusform>%n sesión añadida</numerusform>
            <numerusform>%n sesiones añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>%n sesión eliminada</numerusform>
            <numerusform>%n sesiones eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) changed</source>
        <translation>
            <numerusform>%n sesión modificada</numerusform>
            <numerusform>%n sesiones modificadas</numerusform>
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
        <translation>campo desconocido, ignorado</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena, encontrado: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code such as en, fr or es</source>
        <translation>«%1» no es un código de idioma como en, fr o es</translation>
    </message>
    <message>
        <source>expected a string or an object of translations, found %1</source>
        <translation>se esperaba una cadena o un objeto de traducciones, encontrado: %1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>%1 is not a usable number of seconds</source>
        <translation>%1 no es un número de segundos utilizable</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time: use seconds, M:SS or H:MM:SS</source>
        <translation>«%1» no es un tiempo: use segundos, M:SS o H:MM:SS</translation>
    </message>
    <message>
        <source>expected seconds or a time such as 1:02:30, found %1</source>
        <translation>se esperaban segundos o un tiempo como 1:02:30, encontrado: %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>se esperaba una lista, encontrado: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>«%1» no es una fecha con el formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a local date and time in the form YYYY-MM-DDTHH:MM</source>
        <translation>«%1» no es una fecha y hora local con el formato YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>a time needs the event&apos;s timeZone</source>
        <translation>una hora requiere el timeZone del evento</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>id «%1» duplicado</translation>
    </message>
    <message>
        <source>a catalog loaded from the network cannot refer to the local file &apos;%1&apos;</source>
        <translation>un catálogo cargado desde la red no puede hacer referencia al archivo local «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a path relative to the catalog&apos;s folder</source>
        <translation>«%1» debe ser una ruta relativa a la carpeta del catálogo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the catalog&apos;s folder</source>
        <translation>«%1» lleva fuera de la carpeta del catálogo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a link that leads outside the catalog&apos;s folder</source>
        <translation>«%1» es un enlace que lleva fuera de la carpeta del catálogo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address</source>
        <translation>«%1» no es una dirección válida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address</source>
        <translation>«%1» no es una dirección http o https</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host</source>
        <translation>«%1» no tiene nombre de servidor</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, encontrado: %1</translation>
    </message>
    <message>
        <source>required field is missing: this is not a Forum Archive catalog</source>
        <translation>falta un campo obligatorio: no es un catálogo de Forum Archive</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation>se esperaba «%1», encontrado: %2</translation>
    </message>
    <message>
        <source>version %1 is not supported; this application reads version %2</source>
        <translation>la versión %1 no es compatible; esta aplicación lee la versión %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code</source>
        <translation>«%1» no es un código de idioma</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone</source>
        <translation>«%1» no es una zona horaria conocida</translation>
    </message>
    <message>
        <source>the event ends before it starts</source>
        <translation>el evento termina antes de empezar</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, encontrado: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour such as #1f7a4d</source>
        <translation>«%1» no es un color como #1f7a4d</translation>
    </message>
    <message>
        <source>%1 is outside the event&apos;s dates (%2 to %3)</source>
        <translation>%1 está fuera de las fechas del evento (del %2 al %3)</translation>
    </message>
    <message>
        <source>the day ends before it starts</source>
        <translation>el día termina antes de empezar</translation>
    </message>
    <message>
        <source>a catalog needs at least one day</source>
        <translation>un catálogo necesita al menos un día</translation>
    </message>
    <message>
        <source>expected &quot;day&quot; or &quot;session&quot;, found &quot;%1&quot;</source>
        <translation>se esperaba «day» o «session», encontrado: «%1»</translation>
    </message>
    <message>
        <source>unknown day &apos;%1&apos;</source>
        <translation>día «%1» desconocido</translation>
    </message>
    <message>
        <source>a source needs exactly one of &quot;path&quot; or &quot;url&quot;</source>
        <translation>una fuente necesita exactamente uno de «path» o «url»</translation>
    </message>
    <message>
        <source>expected &quot;media&quot;, &quot;youtube&quot; or &quot;page&quot;, found &quot;%1&quot;</source>
        <translation>se esperaba «media», «youtube» o «page», encontrado: «%1»</translation>
    </message>
    <message>
        <source>unknown pillar &apos;%1&apos;</source>
        <translation>pilar «%1» desconocido</translation>
    </message>
    <message>
        <source>expected a speaker id or an object, found %1</source>
        <translation>se esperaba un id de ponente o un objeto, encontrado: %1</translation>
    </message>
    <message>
        <source>unknown speaker &apos;%1&apos;</source>
        <translation>ponente «%1» desconocido</translation>
    </message>
    <message>
        <source>unknown recording &apos;%1&apos;</source>
        <translation>grabación «%1» desconocida</translation>
    </message>
    <message>
        <source>%1 is beyond the end of recording &apos;%2&apos; (%3)</source>
        <translation>%1 está más allá del final de la grabación «%2» (%3)</translation>
    </message>
    <message>
        <source>a start time needs the event&apos;s timeZone</source>
        <translation>una hora de inicio requiere el timeZone del evento</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time in the form HH:MM or a date-time</source>
        <translation>«%1» no es una hora con el formato HH:MM ni una fecha y hora</translation>
    </message>
    <message>
        <source>the session (%1 to %2) lies outside its day &apos;%3&apos; (%4 to %5)</source>
        <translation>la sesión (de %1 a %2) queda fuera de su día «%3» (de %4 a %5)</translation>
    </message>
    <message>
        <source>a material needs exactly one of &quot;path&quot; or &quot;url&quot;</source>
        <translation>un material necesita exactamente uno de «path» o «url»</translation>
    </message>
    <message>
        <source>expected a number of bytes</source>
        <translation>se esperaba un número de bytes</translation>
    </message>
    <message>
        <source>expected 64 hexadecimal digits</source>
        <translation>se esperaban 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 sessions, more than the limit of %2</source>
        <translation>%1 sesiones, más que el límite de %2</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to %1, found %2</source>
        <translation>se esperaba un número entero de 0 a %1; se encontró %2</translation>
    </message>
    <message>
        <source>subtitles need exactly one of &quot;path&quot; or &quot;url&quot;</source>
        <translation>los subtítulos necesitan exactamente uno de «path» o «url»</translation>
    </message>
    <message>
        <source>expected &quot;subtitles&quot; or &quot;captions&quot;, found &quot;%1&quot;</source>
        <translation>se esperaba «subtitles» o «captions»; se encontró «%1»</translation>
    </message>
    <message>
        <source>unknown session &apos;%1&apos;</source>
        <translation>sesión «%1» desconocida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an address, not a path beside the catalog: give it as &quot;url&quot;</source>
        <translation>«%1» es una dirección, no una ruta junto al catálogo: indíquela como «url»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leads outside the catalog&apos;s folder on its server</source>
        <translation>«%1» lleva fuera de la carpeta del catálogo en su servidor</translation>
    </message>
</context>
<context>
    <name>fa::CatalogReader</name>
    <message>
        <source>this folder has no catalog.json</source>
        <translation>esta carpeta no contiene catalog.json</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is %1 MiB, more than the limit of %2 MiB</source>
        <translation>el archivo ocupa %1 MiB, más que el límite de %2 MiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>el archivo supera el límite de %1 MiB</translation>
    </message>
    <message>
        <source>the catalog is larger than the limit of %1 MiB</source>
        <translation>el catálogo supera el límite de %1 MiB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>JSON is nested deeper than %1 levels</source>
        <translation>el JSON está anidado en más de %1 niveles</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formado: %1</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>el documento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>not enough memory to read the file</source>
        <translation>no hay memoria suficiente para leer el archivo</translation>
    </message>
    <message>
        <source>the file changed while it was read</source>
        <translation>el archivo cambió mientras se leía</translation>
    </message>
</context>
<context>
    <name>fa::CatalogTool</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando desconocido: «%1».</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>advertencia: </translation>
    </message>
    <message>
        <source>Catalog file or bundle folder.</source>
        <translation>Archivo de catálogo o carpeta de paquete.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) found.</source>
        <translation>
            <numerusform>Se encontró %n error.</numerusform>
            <numerusform>Se encontraron %n errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts the parts of a catalog.</source>
        <translation>Cuenta los elementos de un catálogo.</translation>
    </message>
    <message>
        <source>Lists the sessions that match the filters, one per line: id, day, start, title (tab-separated).</source>
        <translation>Enumera las sesiones que coinciden con los filtros, una por línea: id, día, inicio, título (separados por tabulaciones).</translation>
    </message>
    <message>
        <source>Only sessions of this day id.</source>
        <translation>Solo las sesiones de este id de día.</translation>
    </message>
    <message>
        <source>Only sessions with this pillar id (repeatable: any of).</source>
        <translation>Solo las sesiones con este id de pilar (repetible: cualquiera de ellos).</translation>
    </message>
    <message>
        <source>Only sessions with this speaker id.</source>
        <translation>Solo las sesiones con este id de ponente.</translation>
    </message>
    <message>
        <source>Only sessions whose texts contain every word.</source>
        <translation>Solo las sesiones cuyos textos contienen todas las palabras.</translation>
    </message>
    <message>
        <source>Language of the titles: en, fr or es.</source>
        <translation>Idioma de los títulos: en, fr o es.</translation>
    </message>
    <message>
        <source>--language must be en, fr or es.</source>
        <translation>--language debe ser en, fr o es.</translation>
    </message>
    <message>
        <source>%1 needs exactly one PATH.</source>
        <translation>%1 necesita exactamente un PATH.</translation>
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
        <translation>Uso: forum-archive-catalog COMMAND [OPTIONS] PATH

Comprueba e inspecciona catálogos de Forum Archive. PATH es un archivo de
catálogo .json o una carpeta de paquete que contiene catalog.json.

Comandos:
  validate PATH   informar de cada problema; sale con 0 si es válido, 1 si no
  validate URL    lo mismo para un catálogo publicado en una dirección http(s),
                  y comprobar que responde cada dirección que nombra
  stats PATH      contar días, sesiones, ponentes, pilares y grabaciones
  list PATH       una línea por sesión: id, día, inicio, título
  import INPUT -o OUT.json
                  convertir un schedule.xml o schedule.json de frab en catálogo,
                  o añadirle capítulos de YouTube o WebVTT
                  (--catalog, --recording)
  export-chapters PATH --recording ID --format youtube|webvtt
                  mostrar los capítulos de una grabación

Use «forum-archive-catalog COMMAND --help» para ver las opciones de un comando.
Opciones: --help, --version
</translation>
    </message>
    <message>
        <source>Checks a catalog and reports every problem as &apos;path: message&apos; on standard error.
PATH may be an http(s) address: the catalog is read from it (an address ending
in / names its catalog.json), and every address it names, relative paths
resolved against the catalog&apos;s address, is asked for with a HEAD request; each
one that does not answer is reported by its JSON path.</source>
        <translation>Comprueba un catálogo e informa de cada problema como «ruta: mensaje» en la
salida de error estándar.
PATH puede ser una dirección http(s): el catálogo se lee de ella (una
dirección que termina en / designa su catalog.json) y cada dirección que
nombra (con las rutas relativas resueltas respecto a la dirección del
catálogo) se consulta con una solicitud HEAD; cada una que no responde se
indica por su ruta JSON.</translation>
    </message>
    <message>
        <source>Longest wait for an answer, in seconds (default %1).</source>
        <translation>Espera máxima de una respuesta, en segundos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600.</source>
        <translation>--timeout debe ser un número de segundos de 1 a 3600.</translation>
    </message>
    <message numerus="yes">
        <source>valid: %1, %n warning(s)</source>
        <extracomment>%1 is &quot;%n session(s)&quot;</extracomment>
        <translation>
            <numerusform>válido: %1, %n advertencia</numerusform>
            <numerusform>válido: %1, %n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ChapterImport</name>
    <message>
        <source>&apos;%1&apos; is not a chapter format</source>
        <translation>«%1» no es un formato de capítulos</translation>
    </message>
    <message>
        <source>the catalog has no recording &apos;%1&apos;</source>
        <translation>el catálogo no tiene ninguna grabación «%1»</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>no chapters to import</source>
        <translation>no hay capítulos para importar</translation>
    </message>
    <message>
        <source>%1 is past the end of recording &apos;%2&apos; (%3)</source>
        <translation>%1 está más allá del final de la grabación «%2» (%3)</translation>
    </message>
    <message>
        <source>chapters become sessions of the day of a day recording; &apos;%1&apos; is not one</source>
        <translation>los capítulos solo se convierten en sesiones del día en la grabación de un día; «%1» no lo es</translation>
    </message>
    <message>
        <source>a chapter without a title does not become a session</source>
        <translation>un capítulo sin título no se convierte en sesión</translation>
    </message>
</context>
<context>
    <name>fa::ChapterImportBox</name>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>&amp;Grabación:</translation>
    </message>
    <message>
        <source>Recording the chapters belong to</source>
        <translation>Grabación a la que pertenecen los capítulos</translation>
    </message>
    <message>
        <source>Paste the chapters of a video description here, e.g.
0:00 Welcome
12:30 Opening panel
1:05:00 Questions
Used when no file is given.</source>
        <translation>Pegue aquí los capítulos de la descripción de un vídeo, p. ej.:
0:00 Bienvenida
12:30 Panel de apertura
1:05:00 Preguntas
Se usa cuando no se indica ningún archivo.</translation>
    </message>
    <message>
        <source>Pasted chapters</source>
        <translation>Capítulos pegados</translation>
    </message>
    <message>
        <source>Chapters that name no session of the catalog become sessions of the recording&apos;s day, titled by the chapter and placed at it. You can undo this, and give them pillars and titles in other languages in the Chapter Editing panel.</source>
        <translation>Los capítulos que no nombran ninguna sesión del catálogo se convierten en sesiones del día de la grabación, con el título del capítulo y situadas en su inicio. Puede deshacerlo y asignarles pilares y títulos en otros idiomas en el panel Edición de capítulos.</translation>
    </message>
    <message>
        <source>A&amp;dd unmatched chapters as sessions (day recordings only)</source>
        <translation>Aña&amp;dir los capítulos sin asociar como sesiones (solo grabaciones de día)</translation>
    </message>
    <message>
        <source>A&amp;dd unmatched chapters as sessions of %1</source>
        <translation>Aña&amp;dir los capítulos sin asociar como sesiones de %1</translation>
    </message>
    <message>
        <source>Or past&amp;e:</source>
        <translation>&amp;O pegar:</translation>
    </message>
</context>
<context>
    <name>fa::ChapterImportPreview</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>formato: %1</translation>
    </message>
    <message>
        <source>recording: %1</source>
        <translation>grabación: %1</translation>
    </message>
    <message>
        <source>recording: %1 (%2)</source>
        <translation>grabación: %1 (%2)</translation>
    </message>
    <message>
        <source>chapters: %1</source>
        <translation>capítulos: %1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>advertencias: %1</translation>
    </message>
    <message>
        <source>lines that are no chapter, left out: %1</source>
        <translation>líneas que no son capítulos, omitidas: %1</translation>
    </message>
    <message>
        <source>errors: %1</source>
        <translation>errores: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>sessions to add: %1</source>
        <translation>sesiones que se añadirán: %1</translation>
    </message>
    <message>
        <source>line %1: %2 %3</source>
        <translation>línea %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>fa::ChapterList</name>
    <message>
        <source>&apos;%1&apos; is not a time</source>
        <translation>«%1» no es una marca de tiempo</translation>
    </message>
    <message>
        <source>no chapter lines such as &apos;0:00 Opening&apos; found</source>
        <translation>no se encontraron líneas de capítulo como «0:00 Apertura»</translation>
    </message>
    <message>
        <source>the first chapter starts at %1; YouTube needs the first at 0:00</source>
        <translation>el primer capítulo empieza en %1; YouTube exige que el primero esté en 0:00</translation>
    </message>
    <message>
        <source>%1 does not come after the previous chapter (%2); chapters must be in ascending order</source>
        <translation>%1 no va después del capítulo anterior (%2); los capítulos deben estar en orden ascendente</translation>
    </message>
    <message>
        <source>the chapter &apos;%1&apos; lasts %2 s; YouTube needs at least 10 s</source>
        <translation>el capítulo «%1» dura %2 s; YouTube exige al menos 10 s</translation>
    </message>
    <message numerus="yes">
        <source>only %n chapter(s); YouTube needs at least 3</source>
        <translation>
            <numerusform>solo %n capítulo; YouTube exige al menos 3</numerusform>
            <numerusform>solo %n capítulos; YouTube exige al menos 3</numerusform>
        </translation>
    </message>
    <message>
        <source>a WebVTT file must start with the line WEBVTT</source>
        <translation>un archivo WebVTT debe empezar con la línea WEBVTT</translation>
    </message>
    <message>
        <source>a cue needs a timing line such as 00:00:00.000 --&gt; 00:01:00.000</source>
        <translation>una entrada necesita una línea de tiempos como 00:00:00.000 --&gt; 00:01:00.000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cue timing such as 00:00:00.000 --&gt; 00:01:00.000</source>
        <translation>«%1» no es una línea de tiempos como 00:00:00.000 --&gt; 00:01:00.000</translation>
    </message>
    <message>
        <source>the cue ends before it starts</source>
        <translation>la entrada termina antes de empezar</translation>
    </message>
    <message>
        <source>the cue has no text to name the chapter</source>
        <translation>la entrada no tiene texto para nombrar el capítulo</translation>
    </message>
    <message>
        <source>no cues found</source>
        <translation>no se encontraron entradas</translation>
    </message>
    <message>
        <source>%1 comes before the previous cue (%2)</source>
        <translation>%1 va antes de la entrada anterior (%2)</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters (it has %2): a chapter list is far shorter; nothing was imported</source>
        <translation>el texto supera los %1 caracteres (tiene %2): una lista de capítulos es mucho más corta; no se importó nada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a chapter line: a chapter is a time such as 1:02:30, a space, then its title</source>
        <translation>«%1» no es una línea de capítulo: un capítulo es una marca de tiempo como 1:02:30, un espacio y luego su título</translation>
    </message>
    <message>
        <source>not a chapter: %1</source>
        <translation>no es un capítulo: %1</translation>
    </message>
    <message>
        <source>more than %1 chapters: nothing was imported</source>
        <translation>más de %1 capítulos: no se importó nada</translation>
    </message>
    <message>
        <source>%1 repeats the time of the previous chapter &apos;%2&apos;</source>
        <translation>%1 repite la marca de tiempo del capítulo anterior «%2»</translation>
    </message>
    <message>
        <source>%1 repeats the start of the previous cue</source>
        <translation>%1 repite el inicio de la entrada anterior</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
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
        <translation>Capítulo %1</translation>
    </message>
</context>
<context>
    <name>fa::ChapterMatcher</name>
    <message>
        <source>matched chapters: %1</source>
        <translation>capítulos asociados: %1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>ignoring case and accents</source>
        <translation>sin distinguir mayúsculas ni acentos</translation>
    </message>
    <message>
        <source>similar, %1%</source>
        <translation>similar, %1&#xa0;%</translation>
    </message>
    <message>
        <source>unmatched chapters: %1</source>
        <translation>capítulos sin asociar: %1</translation>
    </message>
    <message>
        <source>line %1: %2 %3</source>
        <translation>línea %1: %2 %3</translation>
    </message>
    <message>
        <source>sessions without a chapter: %1</source>
        <translation>sesiones sin capítulo: %1</translation>
    </message>
    <message>
        <source>could be %1 or %2 (%3%)</source>
        <translation>podría ser %1 o %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 (%2%) is already named by line %3</source>
        <translation>%1 (%2&#xa0;%) ya está nombrada por la línea %3</translation>
    </message>
    <message>
        <source>no session alike</source>
        <translation>ninguna sesión parecida</translation>
    </message>
    <message>
        <source>nearest: %1, %2%, below %3%</source>
        <translation>la más cercana: %1, %2&#xa0;%, por debajo del %3&#xa0;%</translation>
    </message>
</context>
<context>
    <name>fa::ChapterOverlay</name>
    <message>
        <source>Set start of %1</source>
        <translation>Establecer el inicio de %1</translation>
    </message>
    <message>
        <source>Move start later</source>
        <translation>Retrasar el inicio</translation>
    </message>
    <message>
        <source>Move start earlier</source>
        <translation>Adelantar el inicio</translation>
    </message>
    <message>
        <source>Restore the catalog&apos;s start</source>
        <translation>Restablecer el inicio indicado en el catálogo</translation>
    </message>
    <message numerus="yes">
        <source>Import %n chapter(s)</source>
        <translation>
            <numerusform>Importar %n capítulo</numerusform>
            <numerusform>Importar %n capítulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Chapter edits could not be saved: %1</source>
        <translation>No se pudieron guardar los cambios en los capítulos: %1</translation>
    </message>
    <message>
        <source>no catalog is open</source>
        <translation>no hay ningún catálogo abierto</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>fa::ConferenceListModel</name>
    <message>
        <source>%1 · last release %2</source>
        <translation>%1 · última publicación el %2</translation>
    </message>
    <message>
        <source>%1 · nothing released yet</source>
        <translation>%1 · aún no hay nada publicado</translation>
    </message>
</context>
<context>
    <name>fa::DownloadManager</name>
    <message>
        <source>Cannot create the download folder %1.</source>
        <translation>No se puede crear la carpeta de descargas %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 sent nothing to download.</source>
        <translation>%1 no envió nada para descargar.</translation>
    </message>
    <message>
        <source>The file downloaded from %1 does not match its sha256 checksum; it was discarded.</source>
        <translation>El archivo descargado de %1 no coincide con su suma de comprobación sha256; se ha descartado.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>No se puede cambiar el nombre de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>fa::DownloadModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>fa::DownloadsPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No downloads yet. Presentation materials you download appear here.</source>
        <translation>Aún no hay descargas. Los materiales de presentación que descargue aparecerán aquí.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>fa::FacetModel</name>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Todos los ponentes</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n sesión</numerusform>
            <numerusform>%1, %n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::FilterPane</name>
    <message>
        <source>No catalog open</source>
        <translation>Ningún catálogo abierto</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>Event dates, e.g. &quot;April 26, 2022 – April 28, 2022&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Held online</source>
        <translation>Evento en línea</translation>
    </message>
    <message>
        <source>Built-in catalog</source>
        <translation>Catálogo integrado</translation>
    </message>
</context>
<context>
    <name>fa::FrabXmlImporter</name>
    <message>
        <source>the schedule names no time zone; using %1 from its times</source>
        <translation>el programa no indica ninguna zona horaria; se usa %1, deducida de sus horas</translation>
    </message>
    <message>
        <source>the schedule names no time zone; using %1 from its city</source>
        <translation>el programa no indica ninguna zona horaria; se usa %1, deducida de su ciudad</translation>
    </message>
    <message>
        <source>the schedule names no time zone; times are taken as UTC</source>
        <translation>el programa no indica ninguna zona horaria; las horas se toman como UTC</translation>
    </message>
    <message>
        <source>expected a &lt;schedule&gt; element, found &lt;%1&gt;: this is not a frab schedule</source>
        <translation>se esperaba un elemento &lt;schedule&gt; y se encontró &lt;%1&gt;: no es un programa de frab</translation>
    </message>
    <message>
        <source>column %1: malformed XML: %2</source>
        <translation>columna %1: XML mal formado: %2</translation>
    </message>
    <message>
        <source>the schedule has no &lt;day&gt;</source>
        <translation>el programa no tiene ningún &lt;day&gt;</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; ignored</source>
        <translation>zona horaria «%1» desconocida, ignorada</translation>
    </message>
    <message>
        <source>a &lt;day&gt; without a date is left out with its events</source>
        <translation>se omite un &lt;day&gt; sin fecha, junto con sus eventos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration</source>
        <translation>«%1» no es una duración</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a start time</source>
        <translation>«%1» no es una hora de inicio</translation>
    </message>
</context>
<context>
    <name>fa::HelpDialogs</name>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Play the selected session</source>
        <translation>Reproducir la sesión seleccionada</translation>
    </message>
    <message>
        <source>Add or remove the selected session from favourites</source>
        <translation>Añadir o quitar la sesión seleccionada de favoritos</translation>
    </message>
    <message>
        <source>Write a note about the selected session</source>
        <translation>Escribir una nota sobre la sesión seleccionada</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Open a catalog file</source>
        <translation>Abrir un archivo de catálogo</translation>
    </message>
    <message>
        <source>Open a folder bundle</source>
        <translation>Abrir una carpeta de paquete</translation>
    </message>
    <message>
        <source>Play or pause (in the player)</source>
        <translation>Reproducir o pausar (en el reproductor)</translation>
    </message>
    <message>
        <source>Back or forward 5 seconds</source>
        <translation>Retroceder o avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Back or forward 10 seconds</source>
        <translation>Retroceder o avanzar 10 segundos</translation>
    </message>
    <message>
        <source>Previous or next chapter</source>
        <translation>Capítulo anterior o siguiente</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Silenciar o activar el sonido</translation>
    </message>
    <message>
        <source>Full screen video (Esc to leave)</source>
        <translation>Vídeo a pantalla completa (Esc para salir)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Browse the sessions of a multi-day event and watch each one from its place in the day&apos;s recording.</source>
        <translation>Explore las sesiones de un evento de varios días y vea cada una desde su posición en la grabación del día.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2. MIT licence.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2. Licencia MIT.</translation>
    </message>
    <message>
        <source>About Forum Archive</source>
        <translation>Acerca de Forum Archive</translation>
    </message>
    <message>
        <source>Open a catalog from an address</source>
        <translation>Abrir un catálogo desde una dirección</translation>
    </message>
    <message>
        <source>Open a conference from media.ccc.de</source>
        <translation>Abrir una conferencia de media.ccc.de</translation>
    </message>
    <message>
        <source>Import a schedule or chapters</source>
        <translation>Importar un programa o capítulos</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Mostrar u ocultar los filtros</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Move between the filters, the list, the details and the player</source>
        <translation>Pasar entre los filtros, la lista, los detalles y el reproductor</translation>
    </message>
</context>
<context>
    <name>fa::HttpRangeDevice</name>
    <message>
        <source>HTTP status %1 instead of the bytes %2–%3 asked for</source>
        <translation>estado HTTP %1 en lugar de los bytes %2–%3 solicitados</translation>
    </message>
    <message numerus="yes">
        <source>no data for %n second(s)</source>
        <translation>
            <numerusform>ningún dato durante %n segundo</numerusform>
            <numerusform>ningún dato durante %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ImportCommands</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>frab, schedule-json, youtube or webvtt (default: detected).</source>
        <translation>frab, schedule-json, youtube o webvtt (predeterminado: detectado).</translation>
    </message>
    <message>
        <source>Catalog that chapters are added to.</source>
        <translation>Catálogo al que se añaden los capítulos.</translation>
    </message>
    <message>
        <source>Recording id the chapters belong to.</source>
        <translation>Id de la grabación a la que pertenecen los capítulos.</translation>
    </message>
    <message>
        <source>Where to write the catalog (without it, only the summary is printed).</source>
        <translation>Dónde escribir el catálogo (sin esta opción, solo se muestra el resumen).</translation>
    </message>
    <message>
        <source>Time zone for a schedule that names none, e.g. Europe/Brussels.</source>
        <translation>Zona horaria para un programa que no indica ninguna, p. ej., Europe/Brussels.</translation>
    </message>
    <message>
        <source>import needs exactly one INPUT.</source>
        <translation>import necesita exactamente un INPUT.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone.</source>
        <translation>«%1» no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>--format must be frab, schedule-json, youtube or webvtt.</source>
        <translation>--format debe ser frab, schedule-json, youtube o webvtt.</translation>
    </message>
    <message>
        <source>Chapters need --catalog BASE and --recording ID.</source>
        <translation>Los capítulos necesitan --catalog BASE y --recording ID.</translation>
    </message>
    <message>
        <source>error: the catalog has no recording &apos;%1&apos;</source>
        <translation>error: el catálogo no tiene ninguna grabación «%1»</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>warning: the output is in another folder than the catalog; its relative paths resolve from the new folder</source>
        <translation>advertencia: la salida está en otra carpeta que el catálogo; sus rutas relativas se resuelven desde la nueva carpeta</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>formato: %1</translation>
    </message>
    <message>
        <source>error: the imported catalog does not validate:</source>
        <translation>error: el catálogo importado no es válido:</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>error: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>written: %1</source>
        <translation>escrito: %1</translation>
    </message>
    <message>
        <source>Prints the chapters of a recording as YouTube description lines or as WebVTT.</source>
        <translation>Muestra los capítulos de una grabación como líneas de descripción de YouTube o en WebVTT.</translation>
    </message>
    <message>
        <source>Catalog file or bundle folder.</source>
        <translation>Archivo de catálogo o carpeta de paquete.</translation>
    </message>
    <message>
        <source>Recording id.</source>
        <translation>Id de la grabación.</translation>
    </message>
    <message>
        <source>youtube or webvtt.</source>
        <translation>youtube o webvtt.</translation>
    </message>
    <message>
        <source>export-chapters needs exactly one PATH.</source>
        <translation>export-chapters necesita exactamente un PATH.</translation>
    </message>
    <message>
        <source>export-chapters needs --recording ID.</source>
        <translation>export-chapters necesita --recording ID.</translation>
    </message>
    <message>
        <source>--format must be youtube or webvtt.</source>
        <translation>--format debe ser youtube o webvtt.</translation>
    </message>
    <message>
        <source>error: recording &apos;%1&apos; has no chapters</source>
        <translation>error: la grabación «%1» no tiene capítulos</translation>
    </message>
    <message>
        <source>Imports a frab schedule.xml, a schedule.json, YouTube description chapters or WebVTT chapters. Chapters need --catalog and --recording: every chapter becomes a chapter of the recording, and each is matched to a session of the recording&apos;s day by title: exactly, then ignoring case, accents, punctuation and remarks in brackets, then by a similarity score of at least %1% that no other session comes close to. A chapter that names no session clearly stays unmatched; with --add-sessions it becomes a session of the day. A media.ccc.de conference or talk address (https://media.ccc.de/c/ACRONYM) imports the conference with its recordings.</source>
        <translation>Importa un schedule.xml de frab, un schedule.json, capítulos de descripción de YouTube o capítulos WebVTT. Los capítulos necesitan --catalog y --recording: cada capítulo se convierte en un capítulo de la grabación y cada uno se asocia por título a una sesión del día de la grabación: de forma exacta, luego sin distinguir mayúsculas, acentos, puntuación ni comentarios entre paréntesis y, por último, por una puntuación de similitud de al menos el %1&#xa0;% a la que ninguna otra sesión se acerque. Un capítulo que no nombra claramente ninguna sesión queda sin asociar; con --add-sessions se convierte en una sesión del día. Una dirección de conferencia o charla de media.ccc.de (https://media.ccc.de/c/ACRONYM) importa la conferencia con sus grabaciones.</translation>
    </message>
    <message>
        <source>The file to import, or a media.ccc.de address.</source>
        <translation>El archivo que se va a importar o una dirección de media.ccc.de.</translation>
    </message>
    <message>
        <source>Chapters: add each unmatched chapter as a session of the recording&apos;s day.</source>
        <translation>Capítulos: añadir cada capítulo sin asociar como sesión del día de la grabación.</translation>
    </message>
    <message>
        <source>media.ccc.de addresses: the public/ API base of another voctoweb instance (default: https://api.media.ccc.de/public/).</source>
        <translation>Direcciones de media.ccc.de: la base public/ de la API de otra instancia de voctoweb (predeterminado: https://api.media.ccc.de/public/).</translation>
    </message>
    <message>
        <source>media.ccc.de addresses: the files preferred, hd-webm (default), hd-mp4, sd-webm or sd-mp4.</source>
        <translation>Direcciones de media.ccc.de: los archivos preferidos, hd-webm (predeterminado), hd-mp4, sd-webm o sd-mp4.</translation>
    </message>
    <message>
        <source>--api and --quality need a media.ccc.de conference or talk address.</source>
        <translation>--api y --quality necesitan una dirección de conferencia o charla de media.ccc.de.</translation>
    </message>
    <message numerus="yes">
        <source>--add-sessions adds the %n unmatched chapter(s) as sessions of %1.</source>
        <translation>
            <numerusform>--add-sessions añade %n capítulo sin asociar como sesión de %1.</numerusform>
            <numerusform>--add-sessions añade los %n capítulos sin asociar como sesiones de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the length of recording &apos;%1&apos; is not known: the last cue ends one second after it starts</source>
        <translation>se desconoce la duración de la grabación «%1»: la última entrada termina un segundo después de empezar</translation>
    </message>
</context>
<context>
    <name>fa::ImportDialog</name>
    <message>
        <source>frab XML schedule</source>
        <translation>programa XML de frab</translation>
    </message>
    <message>
        <source>schedule.json</source>
        <translation>schedule.json</translation>
    </message>
    <message>
        <source>YouTube chapters</source>
        <translation>capítulos de YouTube</translation>
    </message>
    <message>
        <source>WebVTT chapters</source>
        <translation>capítulos WebVTT</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>Import Schedule or Chapters</source>
        <translation>Importar programa o capítulos</translation>
    </message>
    <message>
        <source>A frab or schedule.json programme opens as a new catalog. YouTube or WebVTT chapters are matched by title to the sessions of a recording of the current catalog. Preview shows what the import finds before anything changes.</source>
        <translation>Un programa frab o schedule.json se abre como un catálogo nuevo. Los capítulos de YouTube o WebVTT se asocian por título a las sesiones de una grabación del catálogo actual. La vista previa muestra lo que encuentra la importación antes de cambiar nada.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Path of a schedule or chapter file</source>
        <translation>Ruta de un archivo de programa o de capítulos</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se va a importar</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que se va a importar</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview the import</source>
        <translation>Previsualizar la importación</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>Not recognized: choose the format.</source>
        <translation>No reconocido: elija el formato.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>Schedules and chapters (*.xml *.json *.txt *.vtt);;All files (*)</source>
        <translation>Programas y capítulos (*.xml *.json *.txt *.vtt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file could not be read:</source>
        <translation>No se pudo leer el archivo:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Apply the chapters</source>
        <translation>Aplicar los capítulos</translation>
    </message>
    <message>
        <source>Open the imported catalog</source>
        <translation>Abrir el catálogo importado</translation>
    </message>
    <message>
        <source>%1 could not be imported as %2:</source>
        <translation>No se pudo importar %1 como %2:</translation>
    </message>
    <message>
        <source>The imported catalog does not validate:</source>
        <translation>El catálogo importado no es válido:</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <source>Open adds this catalog to the open catalogs.</source>
        <translation>«Abrir» añade este catálogo a los catálogos abiertos.</translation>
    </message>
    <message>
        <source>Chapters belong to a recording of the current catalog; this catalog has none.</source>
        <translation>Los capítulos pertenecen a una grabación del catálogo actual; este catálogo no tiene ninguna.</translation>
    </message>
    <message>
        <source>Choose a file to import, or paste chapters, first.</source>
        <translation>Primero elija un archivo para importar o pegue capítulos.</translation>
    </message>
    <message>
        <source>Pasted text is read as chapters: choose YouTube or WebVTT chapters as the format.</source>
        <translation>El texto pegado se lee como capítulos: elija como formato capítulos de YouTube o capítulos WebVTT.</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>El texto pegado</translation>
    </message>
    <message numerus="yes">
        <source>Apply puts these %n chapter(s) on the recording and adds %1 session(s) to %2; Undo takes them back.</source>
        <translation>
            <numerusform>«Aplicar» coloca %n capítulo en la grabación y añade %1 sesión(es) a %2; «Deshacer» revierte estos cambios.</numerusform>
            <numerusform>«Aplicar» coloca estos %n capítulos en la grabación y añade %1 sesión(es) a %2; «Deshacer» revierte estos cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply puts these %n chapter(s) on the recording and sets the starts of the matched sessions; Undo takes them back.</source>
        <translation>
            <numerusform>«Aplicar» coloca %n capítulo en la grabación y establece el inicio de las sesiones asociadas; «Deshacer» revierte estos cambios.</numerusform>
            <numerusform>«Aplicar» coloca estos %n capítulos en la grabación y establece el inicio de las sesiones asociadas; «Deshacer» revierte estos cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forma&amp;t:</source>
        <translation>Forma&amp;to:</translation>
    </message>
</context>
<context>
    <name>fa::ImportReport</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>days: %1</source>
        <translation>días: %1</translation>
    </message>
    <message>
        <source>sessions: %1</source>
        <translation>sesiones: %1</translation>
    </message>
    <message>
        <source>speakers: %1</source>
        <translation>ponentes: %1</translation>
    </message>
    <message>
        <source>pillars: %1</source>
        <translation>pilares: %1</translation>
    </message>
    <message>
        <source>rooms: %1</source>
        <translation>salas: %1</translation>
    </message>
    <message>
        <source>recordings: %1</source>
        <translation>grabaciones: %1</translation>
    </message>
    <message>
        <source>chapters: %1</source>
        <translation>capítulos: %1</translation>
    </message>
    <message>
        <source>skipped elements: %1</source>
        <translation>elementos omitidos: %1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>advertencias: %1</translation>
    </message>
</context>
<context>
    <name>fa::JsonReader</name>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>texto inesperado después del final del documento</translation>
    </message>
    <message>
        <source>not enough memory to read the document</source>
        <translation>no hay memoria suficiente para leer el documento</translation>
    </message>
    <message>
        <source>the document ends where a value was expected</source>
        <translation>el documento termina donde se esperaba un valor</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>JSON is nested deeper than %1 levels</source>
        <translation>el JSON está anidado en más de %1 niveles</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>se esperaba un nombre de miembro entre comillas dobles</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>se esperaba «:» después de un nombre de miembro</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation>se esperaba «,» o «}» después de un miembro</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an element</source>
        <translation>se esperaba «,» o «]» después de un elemento</translation>
    </message>
    <message>
        <source>a number needs digits</source>
        <translation>un número necesita dígitos</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>el exponente de un número necesita dígitos</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>una cadena no está cerrada</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>el texto no es UTF-8 válido</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u debe ir seguido de cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>unknown escape sequence in a string</source>
        <translation>secuencia de escape desconocida en una cadena</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>el documento es demasiado grande</translation>
    </message>
</context>
<context>
    <name>fa::LanguageNames</name>
    <message>
        <source>unknown language</source>
        <translation>idioma desconocido</translation>
    </message>
    <message>
        <source>Swiss German</source>
        <translation>alemán suizo</translation>
    </message>
    <message>
        <source>sign language</source>
        <translation>lengua de señas</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>suajili</translation>
    </message>
</context>
<context>
    <name>fa::MainWindow</name>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Forum Archive</source>
        <translation>Forum Archive</translation>
    </message>
    <message>
        <source>Filters, sessions and details</source>
        <translation>Filtros, sesiones y detalles</translation>
    </message>
    <message>
        <source>No recent catalogs</source>
        <translation>No hay catálogos recientes</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Opened %1 in your browser</source>
        <translation>%1 abierto en su navegador</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>Open from Address</source>
        <translation>Abrir desde una dirección</translation>
    </message>
    <message>
        <source>%1 — Forum Archive</source>
        <extracomment>Window title: the open event, then the application&apos;s name</extracomment>
        <translation>%1 — Forum Archive</translation>
    </message>
    <message>
        <source>Chapter Editing</source>
        <translation>Edición de capítulos</translation>
    </message>
    <message>
        <source>&amp;Chapter Editing</source>
        <translation>Edición de &amp;capítulos</translation>
    </message>
</context>
<context>
    <name>fa::MaterialAccess</name>
    <message>
        <source>Opened %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Ninguna aplicación pudo abrir %1.</translation>
    </message>
    <message>
        <source>The file %1 is missing from the catalog&apos;s folder.</source>
        <translation>Falta el archivo %1 en la carpeta del catálogo.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>«%1» no es una dirección http o https.</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Descargando %1</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccCatalogBuilder</name>
    <message>
        <source>The conference &apos;%1&apos; has no events.</source>
        <translation>La conferencia «%1» no tiene eventos.</translation>
    </message>
    <message>
        <source>Recordings on media.ccc.de</source>
        <translation>Grabaciones en media.ccc.de</translation>
    </message>
    <message>
        <source>Conference web site</source>
        <translation>Sitio web de la conferencia</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Talk on media.ccc.de</source>
        <translation>Charla en media.ccc.de</translation>
    </message>
    <message>
        <source>Talk in the conference schedule</source>
        <translation>Charla en el programa de la conferencia</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>No event of the conference &apos;%1&apos; has a date.</source>
        <translation>Ningún evento de la conferencia «%1» tiene fecha.</translation>
    </message>
    <message>
        <source>No event has a date: all are placed on %1.</source>
        <translation>Ningún evento tiene fecha: todos se sitúan el %1.</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccClient</name>
    <message>
        <source>Offline copy from %1</source>
        <translation>Copia sin conexión del %1</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccCommand</name>
    <message>
        <source>error: --api needs an http or https address, not &apos;%1&apos;</source>
        <translation>error: --api necesita una dirección http o https, no «%1»</translation>
    </message>
    <message>
        <source>error: --quality must be hd-webm, hd-mp4, sd-webm or sd-mp4</source>
        <translation>error: --quality debe ser hd-webm, hd-mp4, sd-webm o sd-mp4</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>format: media.ccc.de</source>
        <translation>formato: media.ccc.de</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>error: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>written: %1</source>
        <translation>escrito: %1</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccDialog</name>
    <message>
        <source>Open from media.ccc.de</source>
        <translation>Abrir desde media.ccc.de</translation>
    </message>
    <message>
        <source>Choose a conference to browse its talks and watch their recordings. You can also type a conference&apos;s acronym or paste the address of a conference or talk on media.ccc.de.</source>
        <translation>Elija una conferencia para explorar sus charlas y ver sus grabaciones. También puede escribir el acrónimo de una conferencia o pegar la dirección de una conferencia o charla de media.ccc.de.</translation>
    </message>
    <message>
        <source>Search by title or acronym</source>
        <translation>Buscar por título o acrónimo</translation>
    </message>
    <message>
        <source>Search conferences</source>
        <translation>Buscar conferencias</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conferencias</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>The list of conferences could not be loaded: %1 You can still type an acronym or paste an address.</source>
        <translation>No se pudo cargar la lista de conferencias: %1 Aún puede escribir un acrónimo o pegar una dirección.</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n conferencia</numerusform>
            <numerusform>%n conferencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::MediaCccImport</name>
    <message>
        <source>conference: %1</source>
        <translation>conferencia: %1</translation>
    </message>
    <message>
        <source>talks: %1, with recordings: %2, recordings: %3</source>
        <translation>charlas: %1, con grabaciones: %2, grabaciones: %3</translation>
    </message>
    <message>
        <source>days, rooms and tracks: from the schedule</source>
        <translation>días, salas y líneas temáticas: según el programa</translation>
    </message>
    <message>
        <source>days: from the talks&apos; dates; tracks: from tags</source>
        <translation>días: según las fechas de las charlas; líneas temáticas: según las etiquetas</translation>
    </message>
    <message>
        <source>talks whose recordings could not be loaded: %1</source>
        <translation>charlas cuyas grabaciones no se pudieron cargar: %1</translation>
    </message>
    <message>
        <source>cancelled: the catalog holds what had arrived</source>
        <translation>cancelado: el catálogo contiene lo que había llegado</translation>
    </message>
    <message>
        <source>This is no media.ccc.de conference or talk address.</source>
        <translation>No es una dirección de conferencia o charla de media.ccc.de.</translation>
    </message>
    <message>
        <source>Loading the conference was cancelled.</source>
        <translation>Se canceló la carga de la conferencia.</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 no tiene %2.</translation>
    </message>
    <message>
        <source>The %1 could not be loaded: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <source>Loading the talk %1…</source>
        <translation>Cargando la charla %1…</translation>
    </message>
    <message>
        <source>talk &apos;%1&apos;</source>
        <translation>la charla «%1»</translation>
    </message>
    <message>
        <source>The talk &apos;%1&apos; names no conference.</source>
        <translation>La charla «%1» no indica ninguna conferencia.</translation>
    </message>
    <message>
        <source>Loading the conference %1…</source>
        <translation>Cargando la conferencia %1…</translation>
    </message>
    <message>
        <source>conference &apos;%1&apos;</source>
        <translation>la conferencia «%1»</translation>
    </message>
    <message>
        <source>Loading the schedule of %1…</source>
        <translation>Cargando el programa de %1…</translation>
    </message>
    <message>
        <source>The schedule at %1 could not be used (%2); days come from the talks&apos; dates and tracks from their tags.</source>
        <translation>No se pudo usar el programa de %1 (%2); los días se toman de las fechas de las charlas y las líneas temáticas, de sus etiquetas.</translation>
    </message>
    <message>
        <source>Loading the recordings of %1…</source>
        <translation>Cargando las grabaciones de %1…</translation>
    </message>
    <message>
        <source>Event &apos;%1&apos;: %2</source>
        <translation>Evento «%1»: %2</translation>
    </message>
    <message>
        <source>The recordings of &apos;%1&apos; could not be loaded: %2</source>
        <translation>No se pudieron cargar las grabaciones de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccReader</name>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https address</source>
        <translation>«%1» no es una dirección http o https</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>«%1» no es una fecha y hora</translation>
    </message>
    <message>
        <source>a number from 0 to %1</source>
        <translation>un número de 0 a %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>una lista de cadenas</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <source>The answer for %1 is larger than the limit of %2 MiB.</source>
        <translation>La respuesta para %1 supera el límite de %2 MiB.</translation>
    </message>
    <message>
        <source>The answer for %1 is empty.</source>
        <translation>La respuesta para %1 está vacía.</translation>
    </message>
    <message>
        <source>The answer for %1 is not valid JSON (%2 at byte %3): it is cut short or not JSON at all.</source>
        <translation>La respuesta para %1 no es JSON válido (%2 en el byte %3): está incompleta o no es JSON en absoluto.</translation>
    </message>
    <message>
        <source>The answer for %1 is not a JSON object.</source>
        <translation>La respuesta para %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>the list of conferences</source>
        <translation>la lista de conferencias</translation>
    </message>
    <message>
        <source>The answer for %1 has no &quot;conferences&quot; list.</source>
        <translation>La respuesta para %1 no tiene ninguna lista «conferences».</translation>
    </message>
    <message>
        <source>%1: not an object; left out</source>
        <translation>%1: no es un objeto; se omite</translation>
    </message>
    <message>
        <source>%1: no acronym; left out</source>
        <translation>%1: sin acrónimo; se omite</translation>
    </message>
    <message>
        <source>conference &apos;%1&apos;</source>
        <translation>la conferencia «%1»</translation>
    </message>
    <message>
        <source>The answer for %1 has no &quot;events&quot; list.</source>
        <translation>La respuesta para %1 no tiene ninguna lista «events».</translation>
    </message>
    <message>
        <source>%1 lists %2 events, more than the limit of %3.</source>
        <translation>La respuesta para %1 enumera %2 eventos, más que el límite de %3.</translation>
    </message>
    <message>
        <source>%1: event &apos;%2&apos; has neither guid nor slug; left out</source>
        <translation>%1: el evento «%2» no tiene guid ni slug; se omite</translation>
    </message>
    <message>
        <source>%1: event &apos;%2&apos; repeats the guid %3; left out</source>
        <translation>%1: el evento «%2» repite el guid %3; se omite</translation>
    </message>
    <message>
        <source>event &apos;%1&apos;</source>
        <translation>el evento «%1»</translation>
    </message>
    <message>
        <source>The answer for %1 has neither guid nor slug.</source>
        <translation>La respuesta para %1 no tiene guid ni slug.</translation>
    </message>
    <message>
        <source>The answer for %1 has no &quot;recordings&quot; list.</source>
        <translation>La respuesta para %1 no tiene ninguna lista «recordings».</translation>
    </message>
    <message>
        <source>%1 lists %2 recordings; only the first %3 are read.</source>
        <translation>La respuesta para %1 enumera %2 grabaciones; solo se leen las %3 primeras.</translation>
    </message>
</context>
<context>
    <name>fa::MediaCccRecordings</name>
    <message>
        <source>Event &apos;%1&apos;: %2</source>
        <translation>Evento «%1»: %2</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; is of the unknown type &apos;%2&apos;; left out</source>
        <translation>el archivo «%1» es de un tipo desconocido, «%2»; se omite</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; has no http or https address (&apos;%2&apos;); left out</source>
        <translation>el archivo «%1» no tiene una dirección http o https («%2»); se omite</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; has the unknown language code &apos;%2&apos;; left out</source>
        <translation>el archivo «%1» tiene un código de idioma desconocido, «%2»; se omite</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; names no language; left out</source>
        <translation>el archivo «%1» no indica ningún idioma; se omite</translation>
    </message>
    <message>
        <source>subtitles &apos;%1&apos; need one language, not &apos;%2&apos;; left out</source>
        <translation>los subtítulos «%1» necesitan un solo idioma, no «%2»; se omiten</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Slides (video)</source>
        <translation>Diapositivas (vídeo)</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; carries %2 on audio track %3, other files on track %4; left out</source>
        <translation>el archivo «%1» lleva %2 en la pista de audio %3 y los demás archivos en la pista %4; se omite</translation>
    </message>
    <message>
        <source>Subtitles (%1)</source>
        <translation>Subtítulos (%1)</translation>
    </message>
</context>
<context>
    <name>fa::NetworkAccess</name>
    <message>
        <source>Cannot reach %1: the server name was not found.</source>
        <translation>No se puede acceder a %1: no se encontró el nombre del servidor.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the server refused the connection.</source>
        <translation>No se puede acceder a %1: el servidor rechazó la conexión.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (no data for %2 seconds).</source>
        <translation>%1 no respondió a tiempo (sin datos durante %2 segundos).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed and was not used: %2</source>
        <translation>La conexión segura con %1 falló y no se utilizó: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP error %2 (%3).</source>
        <translation>%1 respondió con el error HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>The transfer from %1 was cut short: the connection closed before all the data arrived.</source>
        <translation>La transferencia desde %1 se interrumpió: la conexión se cerró antes de que llegaran todos los datos.</translation>
    </message>
    <message>
        <source>%1 sends more than the limit of %2 MiB; the transfer was stopped.</source>
        <translation>%1 envía más del límite de %2 MiB; se detuvo la transferencia.</translation>
    </message>
    <message>
        <source>%1 sent content of type &apos;%2&apos;, not a JSON catalog.</source>
        <translation>%1 envió contenido de tipo «%2», no un catálogo JSON.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop or more than %2 times.</source>
        <translation>%1 redirige en bucle o más de %2 veces.</translation>
    </message>
    <message>
        <source>%1 redirects to &apos;%2&apos;, which is not an http or https address; the redirect was refused.</source>
        <translation>%1 redirige a «%2», que no es una dirección http o https; se rechazó la redirección.</translation>
    </message>
    <message>
        <source>The transfer from %1 was cancelled.</source>
        <translation>Se canceló la transferencia desde %1.</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>No se puede cargar %1: %2</translation>
    </message>
    <message>
        <source>unexpected answer %1</source>
        <translation>respuesta inesperada %1</translation>
    </message>
    <message>
        <source>%1 redirects to &apos;%2&apos;, which is not a secure (https) address; the redirect was refused.</source>
        <translation>%1 redirige a «%2», que no es una dirección segura (https); se rechazó la redirección.</translation>
    </message>
</context>
<context>
    <name>fa::NotesExport</name>
    <message>
        <source>Favourites and notes exported on %1.</source>
        <translation>Favoritos y notas exportados el %1.</translation>
    </message>
    <message>
        <source>No favourites or notes yet.</source>
        <translation>Aún no hay favoritos ni notas.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>fa::PhotoCache</name>
    <message>
        <source>&apos;%1&apos; is not an http or https address.</source>
        <translation>«%1» no es una dirección http o https.</translation>
    </message>
    <message>
        <source>The picture at %1 cannot be read.</source>
        <translation>No se puede leer la imagen de %1.</translation>
    </message>
</context>
<context>
    <name>fa::PlaybackErrors</name>
    <message>
        <source>The recording file “%1” does not exist. Check that the archive folder is complete, or link the recording to another file.</source>
        <translation>El archivo de grabación «%1» no existe. Compruebe que la carpeta del catálogo esté completa o vincule la grabación a otro archivo.</translation>
    </message>
    <message>
        <source>No recording linked. Link a file or an address to play this recording.</source>
        <translation>Ninguna grabación vinculada. Vincule un archivo o una dirección para reproducir esta grabación.</translation>
    </message>
    <message>
        <source>No application could open “%1”. Copy the address into a web browser.</source>
        <translation>Ninguna aplicación pudo abrir «%1». Copie la dirección en un navegador web.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>The server at “%1” does not support seeking (%2). Download the file and link it, or open the address in a browser.</source>
        <translation>El servidor de «%1» no permite saltar a otra posición (%2). Descargue el archivo y vincúlelo, o abra la dirección en un navegador.</translation>
    </message>
    <message>
        <source>“%1” is in a format this system cannot play (%2). Install the GStreamer plugins for it (H.264 needs gstreamer1.0-libav) or link another file.</source>
        <translation>«%1» está en un formato que este sistema no puede reproducir (%2). Instale los complementos de GStreamer correspondientes (H.264 necesita gstreamer1.0-libav) o vincule otro archivo.</translation>
    </message>
    <message>
        <source>The address “%1” could not be reached (%2). Check the network connection and the address, then try again.</source>
        <translation>No se pudo acceder a la dirección «%1» (%2). Compruebe la conexión de red y la dirección, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Access to “%1” was denied (%2). Check the file&apos;s permissions or the address.</source>
        <translation>Se denegó el acceso a «%1» (%2). Compruebe los permisos del archivo o la dirección.</translation>
    </message>
    <message>
        <source>The file “%1” could not be played (%2). Check that it is a complete video or audio file, or link another file.</source>
        <translation>No se pudo reproducir el archivo «%1» (%2). Compruebe que sea un archivo de vídeo o audio completo, o vincule otro archivo.</translation>
    </message>
    <message>
        <source>The recording at “%1” could not be played (%2). Check the network connection and the address, then try again.</source>
        <translation>No se pudo reproducir la grabación de «%1» (%2). Compruebe la conexión de red y la dirección, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>“%1” could not be played (%2).</source>
        <translation>No se pudo reproducir «%1» (%2).</translation>
    </message>
    <message>
        <source>The recording at “%1” cannot start at %2: the server does not support seeking in it (it must answer Range requests), or the player cannot seek this stream. Download the file and link it, or open the address in a browser.</source>
        <translation>La grabación de «%1» no puede empezar en %2: el servidor no permite saltar dentro de ella (debe responder a solicitudes Range) o el reproductor no puede saltar en este flujo. Descargue el archivo y vincúlelo, o abra la dirección en un navegador.</translation>
    </message>
    <message>
        <source>The server refused the recording at “%1” (HTTP status %2). The address may have expired or moved; open it in a browser to check.</source>
        <translation>El servidor rechazó la grabación de «%1» (estado HTTP %2). Puede que la dirección haya caducado o cambiado; ábrala en un navegador para comprobarlo.</translation>
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
        <translation>Grabación del día</translation>
    </message>
    <message>
        <source>%1 recording</source>
        <translation>Grabación: %1</translation>
    </message>
    <message>
        <source>%1 — %2 from %3</source>
        <extracomment>Recording choice: language — recording title from offset, e.g. &quot;English — Day 1 recording from 1:02:30&quot;</extracomment>
        <translation>%1 — %2 desde %3</translation>
    </message>
    <message>
        <source>%1 — %2 from the start (session not placed yet)</source>
        <extracomment>Recording choice when the session&apos;s chapter is unknown, e.g. &quot;English — Day 1 recording from the start (session not placed yet)&quot;</extracomment>
        <translation>%1 — %2 desde el principio (sesión aún sin ubicar)</translation>
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
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Previous chapter ([)</source>
        <translation>Capítulo anterior ([)</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Capítulo anterior</translation>
    </message>
    <message>
        <source>Next chapter (])</source>
        <translation>Capítulo siguiente (])</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Capítulo siguiente</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Posición en la grabación</translation>
    </message>
    <message>
        <source>Recording and language</source>
        <translation>Grabación e idioma</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>Playback speed, e.g. &quot;1.5×&quot;</extracomment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Activar sonido (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Resume at %1</source>
        <translation>Reanudar en %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy a link to this moment of the recording</source>
        <translation>Copiar un enlace a este momento de la grabación</translation>
    </message>
    <message>
        <source>Full screen (F, Esc to leave)</source>
        <translation>Pantalla completa (F, Esc para salir)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Subtitles and their size</source>
        <translation>Subtítulos y su tamaño</translation>
    </message>
</context>
<context>
    <name>fa::PlayerPane</name>
    <message>
        <source>Player</source>
        <extracomment>The player pane as a whole, where its keys (Space, [, ]) work</extracomment>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Capítulo: %1</translation>
    </message>
    <message>
        <source>Nothing is playing. Choose a session and press Play.</source>
        <translation>No se está reproduciendo nada. Elija una sesión y pulse Reproducir.</translation>
    </message>
    <message>
        <source>No recording linked. If you have this recording as a file or know its address, link it here: it will be used from now on.</source>
        <translation>Ninguna grabación vinculada. Si tiene esta grabación como archivo o conoce su dirección, vincúlela aquí: se usará a partir de ahora.</translation>
    </message>
    <message>
        <source>This recording plays in your web browser. It was opened at the session&apos;s start:
%1</source>
        <translation>Esta grabación se reproduce en su navegador web. Se abrió al inicio de la sesión:
%1</translation>
    </message>
    <message>
        <source>Link a Recording File</source>
        <translation>Vincular un archivo de grabación</translation>
    </message>
    <message>
        <source>Videos (*.webm *.mp4 *.mkv *.ogv *.mov);;Audio (*.ogg *.opus *.mp3 *.m4a);;All files (*)</source>
        <translation>Vídeos (*.webm *.mp4 *.mkv *.ogv *.mov);;Audio (*.ogg *.opus *.mp3 *.m4a);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Link a Recording Address</source>
        <translation>Vincular una dirección de grabación</translation>
    </message>
    <message>
        <source>Address of the recording (a video file on the web, or a YouTube address):</source>
        <translation>Dirección de la grabación (un archivo de vídeo en la web o una dirección de YouTube):</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>«%1» no es una dirección http o https.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Link an &amp;Address…</source>
        <translation>Vincular una dir&amp;ección…</translation>
    </message>
    <message>
        <source>Open in &amp;Browser Again</source>
        <translation>Volver a abrir en el nave&amp;gador</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el nave&amp;gador</translation>
    </message>
    <message>
        <source>Finding the video stream…</source>
        <translation>Buscando el flujo de vídeo…</translation>
    </message>
    <message>
        <source>&amp;Link Subtitles…</source>
        <translation>&amp;Vincular subtítulos…</translation>
    </message>
    <message>
        <source>Text &amp;Size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Subtitle text size, e.g. &quot;150 %&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Link Subtitles</source>
        <translation>Vincular subtítulos</translation>
    </message>
    <message>
        <source>Subtitles (*.vtt *.srt);;All files (*)</source>
        <translation>Subtítulos (*.vtt *.srt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Language of the subtitles:</source>
        <translation>Idioma de los subtítulos:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Finding the video stream</source>
        <translation>Buscando el flujo de vídeo</translation>
    </message>
    <message>
        <source>Li&amp;nk a File…</source>
        <translation>Vincular un arc&amp;hivo…</translation>
    </message>
    <message>
        <source>C&amp;opy Address</source>
        <translation>C&amp;opiar la dirección</translation>
    </message>
</context>
<context>
    <name>fa::Preferences</name>
    <message>
        <source>The setting %1 is “%2”, which is none of %3; %4 is used.</source>
        <extracomment>%1: a key of the settings file, %2: its value, %3: the values allowed, %4: the value used instead</extracomment>
        <translation>El ajuste %1 vale «%2», que no es ninguno de %3; se usa %4.</translation>
    </message>
</context>
<context>
    <name>fa::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;yt-dlp program:</source>
        <translation>Programa &amp;yt-dlp:</translation>
    </message>
    <message>
        <source>Empty: the yt-dlp found on PATH</source>
        <translation>Vacío: el yt-dlp que se encuentre en el PATH</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the yt-dlp program</source>
        <translation>Elegir el programa yt-dlp</translation>
    </message>
    <message>
        <source>&amp;media.ccc.de files:</source>
        <extracomment>Which of the files of a media.ccc.de recording plays first</extracomment>
        <translation>Archivos de &amp;media.ccc.de:</translation>
    </message>
    <message>
        <source>Which file of a media.ccc.de recording plays first when it is published in several</source>
        <translation>El archivo de una grabación de media.ccc.de que se reproduce primero cuando se publica en varios</translation>
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
        <translation>Encontrado en el PATH: %1</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>yt-dlp was not found on PATH. Install the Debian package yt-dlp, or choose the program.</source>
        <translation>No se encontró yt-dlp en el PATH. Instale el paquete de Debian yt-dlp o elija el programa.</translation>
    </message>
    <message>
        <source>Not found: no program “%1”. Choose the yt-dlp program, or clear the field to use the one on PATH (Debian package yt-dlp).</source>
        <translation>No encontrado: no hay ningún programa «%1». Elija el programa yt-dlp o vacíe el campo para usar el del PATH (paquete de Debian yt-dlp).</translation>
    </message>
    <message>
        <source>Choose the yt-dlp Program</source>
        <translation>Elegir el programa yt-dlp</translation>
    </message>
    <message>
        <source>media.ccc.de file that plays first</source>
        <translation>Archivo de media.ccc.de que se reproduce primero</translation>
    </message>
</context>
<context>
    <name>fa::ProblemsDialog</name>
    <message>
        <source>Catalog not opened</source>
        <translation>Catálogo no abierto</translation>
    </message>
    <message>
        <source>Catalog opened with warnings</source>
        <translation>Catálogo abierto con advertencias</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be opened: %n problem(s) must be fixed first. The catalog that was open stays open.</source>
        <translation>
            <numerusform>No se pudo abrir %1: primero hay que corregir %n problema. El catálogo que estaba abierto sigue abierto.</numerusform>
            <numerusform>No se pudo abrir %1: primero hay que corregir %n problemas. El catálogo que estaba abierto sigue abierto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened, with %n warning(s). Unknown fields are ignored.</source>
        <translation>
            <numerusform>%1 abierto, con %n advertencia. Los campos desconocidos se ignoran.</numerusform>
            <numerusform>%1 abierto, con %n advertencias. Los campos desconocidos se ignoran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>fa::RedirectingReply</name>
    <message>
        <source>Operation canceled</source>
        <translation>Operación cancelada</translation>
    </message>
</context>
<context>
    <name>fa::RemoteCatalogLoader</name>
    <message>
        <source>&apos;%1&apos; is not an http or https address.</source>
        <translation>«%1» no es una dirección http o https.</translation>
    </message>
    <message>
        <source>Offline copy from %1</source>
        <translation>Copia sin conexión del %1</translation>
    </message>
    <message>
        <source>%1 answered &apos;not modified&apos; but no copy of it is kept.</source>
        <translation>%1 respondió «not modified», pero no se conserva ninguna copia.</translation>
    </message>
    <message>
        <source>The catalog at %1 has problems and was not opened.</source>
        <translation>El catálogo de %1 tiene problemas y no se abrió.</translation>
    </message>
    <message>
        <source>Copy from %1 kept: the new version was refused</source>
        <translation>Se conserva la copia del %1: se rechazó la nueva versión</translation>
    </message>
    <message>
        <source>No copy of %1 is kept.</source>
        <translation>No se conserva ninguna copia de %1.</translation>
    </message>
</context>
<context>
    <name>fa::RemoteValidation</name>
    <message numerus="yes">
        <source>%n of the catalog&apos;s addresses cannot be reached.</source>
        <translation>
            <numerusform>No se puede acceder a %n dirección del catálogo.</numerusform>
            <numerusform>No se puede acceder a %n direcciones del catálogo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid: %1, %2, %n warning(s)</source>
        <extracomment>%1 is &quot;%n session(s)&quot;, %2 &quot;%n address(es) checked&quot;</extracomment>
        <translation>
            <numerusform>válido: %1, %2, %n advertencia</numerusform>
            <numerusform>válido: %1, %2, %n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) checked</source>
        <translation>
            <numerusform>%n dirección comprobada</numerusform>
            <numerusform>%n direcciones comprobadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::ScheduleImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 MiB</source>
        <translation>el archivo supera el límite de %1 MiB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a chapter format, not a schedule</source>
        <translation>«%1» es un formato de capítulos, no un programa</translation>
    </message>
</context>
<context>
    <name>fa::ScheduleJsonImporter</name>
    <message>
        <source>the schedule names no time zone; using %1 from its times</source>
        <translation>el programa no indica ninguna zona horaria; se usa %1, deducida de sus horas</translation>
    </message>
    <message>
        <source>column %1: malformed JSON: %2</source>
        <translation>columna %1: JSON mal formado: %2</translation>
    </message>
    <message>
        <source>no &quot;conference&quot; object: this is not a schedule.json</source>
        <translation>no hay ningún objeto «conference»: no es un schedule.json</translation>
    </message>
    <message>
        <source>the schedule has no days</source>
        <translation>el programa no tiene días</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; ignored</source>
        <translation>zona horaria «%1» desconocida, ignorada</translation>
    </message>
    <message>
        <source>the schedule names no time zone; using %1 from its city</source>
        <translation>el programa no indica ninguna zona horaria; se usa %1, deducida de su ciudad</translation>
    </message>
    <message>
        <source>expected an array of days</source>
        <translation>se esperaba una lista de días</translation>
    </message>
    <message>
        <source>not an object, left out</source>
        <translation>no es un objeto, se omite</translation>
    </message>
    <message>
        <source>the schedule names no time zone; times are taken as UTC</source>
        <translation>el programa no indica ninguna zona horaria; las horas se toman como UTC</translation>
    </message>
    <message>
        <source>a day without a date is left out with its events</source>
        <translation>se omite un día sin fecha, junto con sus eventos</translation>
    </message>
    <message>
        <source>expected an object keyed by room name</source>
        <translation>se esperaba un objeto con nombres de sala como claves</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) address, left out</source>
        <translation>«%1» no es una dirección http(s), se omite</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration</source>
        <translation>«%1» no es una duración</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a start time</source>
        <translation>«%1» no es una hora de inicio</translation>
    </message>
</context>
<context>
    <name>fa::SessionDetailPane</name>
    <message>
        <source>Select a session to see its speakers, materials and recordings.</source>
        <translation>Seleccione una sesión para ver sus ponentes, materiales y grabaciones.</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <source>no recording linked yet</source>
        <translation>aún no hay ninguna grabación vinculada</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abrir</translation>
    </message>
    <message>
        <source>download</source>
        <translation>descargar</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>No recording for this session</source>
        <translation>No hay grabación para esta sesión</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Añadir a favoritos</translation>
    </message>
    <message>
        <source>Toggle favourite (Ctrl+D)</source>
        <translation>Marcar o desmarcar como favorito (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;My note</source>
        <translation>&amp;Mi nota</translation>
    </message>
    <message>
        <source>Write a note about this session; it is saved as you type.</source>
        <translation>Escriba una nota sobre esta sesión; se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Mi nota</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
</context>
<context>
    <name>fa::SessionListModel</name>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>No es favorito</translation>
    </message>
    <message>
        <source>Recording linked</source>
        <translation>Grabación vinculada</translation>
    </message>
    <message>
        <source>No recording linked</source>
        <translation>Ninguna grabación vinculada</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Día y hora</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
</context>
<context>
    <name>fa::SessionListPane</name>
    <message>
        <source>This catalog has no sessions yet</source>
        <translation>Este catálogo aún no tiene sesiones</translation>
    </message>
    <message>
        <source>Its days and pillars are listed on the left.</source>
        <translation>Sus días y pilares aparecen a la izquierda.</translation>
    </message>
    <message>
        <source>No sessions match</source>
        <translation>Ninguna sesión coincide</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>la búsqueda «%1»</translation>
    </message>
    <message>
        <source>the chosen day</source>
        <translation>el día elegido</translation>
    </message>
    <message>
        <source>the chosen pillars</source>
        <translation>los pilares elegidos</translation>
    </message>
    <message>
        <source>the chosen speaker</source>
        <translation>el ponente elegido</translation>
    </message>
    <message>
        <source>favourites only (you have none yet)</source>
        <translation>solo favoritos (aún no tiene ninguno)</translation>
    </message>
    <message>
        <source>favourites only</source>
        <translation>solo favoritos</translation>
    </message>
    <message>
        <source>Nothing fits %1.</source>
        <translation>Ninguna sesión cumple estos criterios: %1.</translation>
    </message>
    <message>
        <source>Search titles, summaries and speakers (Ctrl+F)</source>
        <translation>Buscar en títulos, resúmenes y ponentes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message numerus="yes">
        <source>Reading subtitles: %1 of %n file(s)…</source>
        <translation>
            <numerusform>Leyendo subtítulos: %1 de %n archivo…</numerusform>
            <numerusform>Leyendo subtítulos: %1 de %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a word to find the moments it was said.</source>
        <translation>Escriba una palabra para encontrar los momentos en que se dijo.</translation>
    </message>
    <message>
        <source>Nobody said “%1” in the subtitles of this catalog.</source>
        <translation>Nadie dijo «%1» en los subtítulos de este catálogo.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n moment(s); press Enter to play one.</source>
        <translation>
            <numerusform>%n primer momento; pulse Intro para reproducirlo.</numerusform>
            <numerusform>Los %n primeros momentos; pulse Intro para reproducir uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s); press Enter to play one.</source>
        <translation>
            <numerusform>%n momento; pulse Intro para reproducirlo.</numerusform>
            <numerusform>%n momentos; pulse Intro para reproducir uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>In what was said</source>
        <translation>En lo que se dijo</translation>
    </message>
    <message>
        <source>Search the subtitles of the recordings instead of titles and speakers</source>
        <translation>Buscar en los subtítulos de las grabaciones en lugar de en los títulos y los ponentes</translation>
    </message>
    <message>
        <source>Moments found in what was said</source>
        <translation>Momentos encontrados en lo que se dijo</translation>
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
        <translation>%1, %2 (su zona horaria)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording of this session is in the catalog.</source>
        <translation>El catálogo no contiene ninguna grabación de esta sesión.</translation>
    </message>
    <message>
        <source>The position of this session in its day&apos;s recording is not in the catalog yet.</source>
        <translation>La posición de esta sesión en la grabación de su día aún no figura en el catálogo.</translation>
    </message>
    <message>
        <source>No recording linked yet: link a file or an address from the player.</source>
        <translation>Todavía no hay ninguna grabación vinculada: vincule un archivo o una dirección desde el reproductor.</translation>
    </message>
</context>
<context>
    <name>fa::SrtReader</name>
    <message>
        <source>expected a cue number and a timing line such as 00:00:01,000 --&gt; 00:00:04,000; the block is skipped</source>
        <translation>se esperaba un número de entrada y una línea de tiempos como 00:00:01,000 --&gt; 00:00:04,000; se omite el bloque</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cue timing such as 00:00:01,000 --&gt; 00:00:04,000; the cue is skipped</source>
        <translation>«%1» no es una línea de tiempos como 00:00:01,000 --&gt; 00:00:04,000; se omite la entrada</translation>
    </message>
    <message>
        <source>The file has no SRT cues.</source>
        <translation>El archivo no tiene entradas SRT.</translation>
    </message>
</context>
<context>
    <name>fa::StatusArea</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Fetch the catalog from its address again</source>
        <translation>Volver a descargar el catálogo desde su dirección</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading; what arrived stays open</source>
        <translation>Detener la carga; lo que ya llegó sigue abierto</translation>
    </message>
</context>
<context>
    <name>fa::SubtitleLoader</name>
    <message>
        <source>The subtitles &apos;%1&apos; are neither a file nor an http or https address.</source>
        <translation>Los subtítulos «%1» no son ni un archivo ni una dirección http o https.</translation>
    </message>
    <message>
        <source>The subtitles cannot be loaded. %1</source>
        <translation>No se pueden cargar los subtítulos. %1</translation>
    </message>
    <message>
        <source>The subtitles %1 cannot be shown. %2</source>
        <translation>No se pueden mostrar los subtítulos %1. %2</translation>
    </message>
    <message>
        <source>Subtitles %1: %2</source>
        <translation>Subtítulos %1: %2</translation>
    </message>
</context>
<context>
    <name>fa::SubtitleReadResult</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s)</source>
        <translation>
            <numerusform>%n problema más</numerusform>
            <numerusform>%n problemas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fa::SubtitleReader</name>
    <message>
        <source>The file is %1; subtitle files larger than %2 are not read.</source>
        <translation>El archivo ocupa %1; no se leen archivos de subtítulos de más de %2.</translation>
    </message>
    <message>
        <source>only the first %1 cues are read; the rest of the file is skipped</source>
        <translation>solo se leen las %1 primeras entradas; se omite el resto del archivo</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; subtitles must be UTF-8. Save the file as UTF-8 and open it again.</source>
        <translation>El archivo es texto UTF-16; los subtítulos deben estar en UTF-8. Guarde el archivo como UTF-8 y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: the byte %1 at offset %2 (line %3) is not valid UTF-8. Save the file as UTF-8 and open it again.</source>
        <translation>El archivo no es texto UTF-8: el byte %1 en la posición %2 (línea %3) no es UTF-8 válido. Guarde el archivo como UTF-8 y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The file is neither WebVTT (starting with the line WEBVTT) nor SRT (numbered cues timed like 00:00:01,000 --&gt; 00:00:04,000).</source>
        <translation>El archivo no es ni WebVTT (que empieza con la línea WEBVTT) ni SRT (entradas numeradas con tiempos como 00:00:01,000 --&gt; 00:00:04,000).</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>This is a folder, not a subtitle file.</source>
        <translation>Es una carpeta, no un archivo de subtítulos.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>the cue ends (%1) before it starts (%2); it is skipped</source>
        <translation>la entrada termina (%1) antes de empezar (%2); se omite</translation>
    </message>
    <message>
        <source>the cue ends as it starts (%1); it is skipped</source>
        <translation>la entrada termina en el mismo momento en que empieza (%1); se omite</translation>
    </message>
    <message>
        <source>this cue starts before the one above it; cues are shown by their times, not their order in the file</source>
        <translation>esta entrada empieza antes que la anterior; las entradas se muestran según sus tiempos, no según su orden en el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n cue(s) start before an earlier cue has ended; they are shown together</source>
        <translation>
            <numerusform>%n entrada empieza antes de que termine una entrada anterior; se muestran juntas</numerusform>
            <numerusform>%n entradas empiezan antes de que termine una entrada anterior; se muestran juntas</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is later than %2 hours; the cue is skipped</source>
        <translation>«%1» supera las %2 horas; se omite la entrada</translation>
    </message>
</context>
<context>
    <name>fa::SubtitleSelection</name>
    <message>
        <source>Off</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>%1 (captions)</source>
        <extracomment>Subtitles that also describe sounds, e.g. &quot;English (captions)&quot;</extracomment>
        <translation>%1 (para sordos)</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <extracomment>Subtitles made by speech recognition or machine translation</extracomment>
        <translation>%1 (automáticos)</translation>
    </message>
</context>
<context>
    <name>fa::TranscriptSearch</name>
    <message>
        <source>%1 · %2
“%3”</source>
        <extracomment>A moment found in what was said: time, session, the line</extracomment>
        <translation>%1 · %2
«%3»</translation>
    </message>
</context>
<context>
    <name>fa::UserDataStore</name>
    <message>
        <source>Your saved data for this catalog could not be read (%1: %2). Changes will be kept in memory until it can be saved.</source>
        <translation>No se pudieron leer sus datos guardados para este catálogo (%1: %2). Los cambios se mantendrán en memoria hasta que puedan guardarse.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>it is not a Forum Archive data file</source>
        <translation>no es un archivo de datos de Forum Archive</translation>
    </message>
    <message>
        <source>Your saved data for this catalog was damaged (%1) and has been set aside as %2. Starting with empty favourites and notes.</source>
        <translation>Sus datos guardados para este catálogo estaban dañados (%1) y se han apartado como %2. Se empieza con favoritos y notas vacíos.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for your data.</source>
        <translation>No se pudo crear la carpeta %1 para sus datos.</translation>
    </message>
    <message>
        <source>Could not save your data to %1: %2</source>
        <translation>No se pudieron guardar sus datos en %1: %2</translation>
    </message>
    <message>
        <source>Your saved data in %1 could not be read, so it is not overwritten. Changes are kept until Forum Archive closes.</source>
        <translation>No se pudieron leer sus datos guardados en %1, por lo que no se sobrescriben. Los cambios se conservan hasta que se cierre Forum Archive.</translation>
    </message>
</context>
<context>
    <name>fa::WebVttReader</name>
    <message>
        <source>The file is not WebVTT: its first line must be WEBVTT.</source>
        <translation>El archivo no es WebVTT: su primera línea debe ser WEBVTT.</translation>
    </message>
    <message>
        <source>this block has no timing line such as 00:01:02.500 --&gt; 00:01:05.000; skipped</source>
        <translation>este bloque no tiene una línea de tiempos como 00:01:02.500 --&gt; 00:01:05.000; se omite</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cue timing such as 00:01:02.500 --&gt; 00:01:05.000; the cue is skipped</source>
        <translation>«%1» no es una línea de tiempos como 00:01:02.500 --&gt; 00:01:05.000; se omite la entrada</translation>
    </message>
</context>
<context>
    <name>fa::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu title; the entries are each language&apos;s own name.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>&amp;Abrir catálogo…</translation>
    </message>
    <message>
        <source>Open &amp;Folder Bundle…</source>
        <translation>Abrir &amp;carpeta de paquete…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Archive</source>
        <translation>Abrir el archivo de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open from &amp;Address…</source>
        <translation>Abrir desde una &amp;dirección…</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>Buscar act&amp;ualizaciones</translation>
    </message>
    <message>
        <source>&amp;Import Schedule or Chapters…</source>
        <translation>&amp;Importar programa o capítulos…</translation>
    </message>
    <message>
        <source>&amp;Export Favourites and Notes…</source>
        <translation>E&amp;xportar favoritos y notas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Search Sessions</source>
        <translation>&amp;Buscar sesiones</translation>
    </message>
    <message>
        <source>Clear Filte&amp;rs</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>Mostrar &amp;filtros</translation>
    </message>
    <message>
        <source>Follow Playback in the &amp;List</source>
        <translation>Seguir la reproducción en la &amp;lista</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>Marcar/desmarcar &amp;favorito</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Editar &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Forum Archive</source>
        <translation>Acerca &amp;de Forum Archive</translation>
    </message>
    <message>
        <source>Open from &amp;media.ccc.de…</source>
        <translation>Abrir desde &amp;media.ccc.de…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Prefere&amp;ncias…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <extracomment>Submenu of View: the application&apos;s colours.</extracomment>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>Appearance: the desktop&apos;s own colours.</extracomment>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <extracomment>Appearance: dark text on light backgrounds.</extracomment>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <extracomment>Appearance: light text on dark backgrounds.</extracomment>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>fa::YouTubeAnswerReader</name>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>“id” is missing</source>
        <translation>falta «id»</translation>
    </message>
    <message>
        <source>it describes the video “%1”, not “%2”</source>
        <translation>describe el vídeo «%1», no «%2»</translation>
    </message>
    <message>
        <source>it describes a “%1”, not a video</source>
        <translation>describe un «%1», no un vídeo</translation>
    </message>
    <message>
        <source>“formats” is not a list</source>
        <translation>«formats» no es una lista</translation>
    </message>
    <message>
        <source>an entry of “formats” is not an object</source>
        <translation>una entrada de «formats» no es un objeto</translation>
    </message>
    <message>
        <source>it names no stream address</source>
        <translation>no indica ninguna dirección de flujo</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation>supera los %1 bytes</translation>
    </message>
</context>
<context>
    <name>fa::YouTubeFailure</name>
    <message>
        <source>“%1” is not the https address of a YouTube video, so it is not played in the app. Open it in the browser instead.</source>
        <translation>«%1» no es la dirección https de un vídeo de YouTube, así que no se reproduce en la aplicación. Ábrala en el navegador.</translation>
    </message>
    <message>
        <source>yt-dlp at “%1” could not be started (%2). Check that it is a program this system can run.</source>
        <translation>No se pudo iniciar yt-dlp en «%1» (%2). Compruebe que es un programa que este sistema puede ejecutar.</translation>
    </message>
    <message>
        <source>yt-dlp stopped unexpectedly while resolving “%1”.</source>
        <translation>yt-dlp se detuvo de forma inesperada al buscar el flujo de «%1».</translation>
    </message>
    <message>
        <source>yt-dlp failed with exit code %1 while resolving “%2”.</source>
        <translation>yt-dlp falló con el código de salida %1 al buscar el flujo de «%2».</translation>
    </message>
    <message>
        <source>yt-dlp could not resolve “%1”:
%2</source>
        <translation>yt-dlp no pudo encontrar el flujo de «%1»:
%2</translation>
    </message>
    <message numerus="yes">
        <source>yt-dlp gave no answer for “%1” within %n second(s). Check the network connection, or update yt-dlp.</source>
        <translation>
            <numerusform>yt-dlp no respondió para «%1» en %n segundo. Compruebe la conexión de red o actualice yt-dlp.</numerusform>
            <numerusform>yt-dlp no respondió para «%1» en %n segundos. Compruebe la conexión de red o actualice yt-dlp.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer of yt-dlp for “%1” could not be read (%2). Updating yt-dlp may help.</source>
        <translation>No se pudo leer la respuesta de yt-dlp para «%1» (%2). Actualizar yt-dlp puede ayudar.</translation>
    </message>
    <message>
        <source>only separate video and audio streams are offered</source>
        <translation>solo se ofrecen flujos de vídeo y audio separados</translation>
    </message>
    <message>
        <source>offered: %1</source>
        <translation>ofrecido: %1</translation>
    </message>
    <message>
        <source>YouTube offers no single stream with both audio and video for “%1” that this system can play (%2).</source>
        <translation>YouTube no ofrece para «%1» ningún flujo único con audio y vídeo que este sistema pueda reproducir (%2).</translation>
    </message>
    <message>
        <source>YouTube offers no single stream with both audio and video for “%1” that this system can play (%2). Installing %3 would help.</source>
        <translation>YouTube no ofrece para «%1» ningún flujo único con audio y vídeo que este sistema pueda reproducir (%2). Instalar %3 ayudaría.</translation>
    </message>
    <message>
        <source>yt-dlp answered for “%1” with separate video and audio streams, which the player cannot play together.</source>
        <translation>yt-dlp respondió para «%1» con flujos de vídeo y audio separados, que el reproductor no puede reproducir juntos.</translation>
    </message>
    <message>
        <source>yt-dlp answered for “%1” with a stream address that is not http or https (%2); it is not played.</source>
        <translation>yt-dlp respondió para «%1» con una dirección de flujo que no es http ni https (%2); no se reproduce.</translation>
    </message>
    <message>
        <source>Finding the video stream of “%1” was cancelled.</source>
        <translation>Se canceló la búsqueda del flujo de vídeo de «%1».</translation>
    </message>
    <message>
        <source>yt-dlp was not found at “%1”, the location set in File → Preferences. Correct the location, or clear it to use the installed yt-dlp.</source>
        <translation>No se encontró yt-dlp en «%1», la ubicación indicada en Archivo → Preferencias. Corrija la ubicación o déjela vacía para usar el yt-dlp instalado.</translation>
    </message>
    <message>
        <source>yt-dlp is not installed. Install the Debian package yt-dlp, or set its location in File → Preferences.</source>
        <translation>yt-dlp no está instalado. Instale el paquete de Debian yt-dlp o indique su ubicación en Archivo → Preferencias.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse an event&apos;s sessions and watch their recordings.</source>
        <translation>Explorar las sesiones de un evento y ver sus grabaciones.</translation>
    </message>
    <message>
        <source>Open this catalog file or folder bundle.</source>
        <translation>Abre este archivo de catálogo o carpeta de paquete.</translation>
    </message>
    <message>
        <source>Interface language: en, fr or es.</source>
        <translation>Idioma de la interfaz: en, fr o es.</translation>
    </message>
    <message>
        <source>Print the milliseconds to the first paint and quit.</source>
        <translation>Muestra los milisegundos hasta el primer dibujado y sale.</translation>
    </message>
    <message>
        <source>Do not reopen the catalogs and filters of the last run.</source>
        <translation>No vuelve a abrir los catálogos y filtros de la última ejecución.</translation>
    </message>
    <message>
        <source>Select this session of the catalog and play it.</source>
        <translation>Selecciona esta sesión del catálogo y la reproduce.</translation>
    </message>
    <message>
        <source>With --session: start at this offset into the recording (seconds, M:SS or H:MM:SS).</source>
        <translation>Con --session: empieza en esta posición de la grabación (segundos, M:SS o H:MM:SS).</translation>
    </message>
    <message>
        <source>A link to a moment of a recording, as copied in the player.</source>
        <translation>Enlace a un momento de una grabación, tal como se copia en el reproductor.</translation>
    </message>
    <message>
        <source>--at: &apos;%1&apos; is not a time such as 90, 1:30 or 1:02:30.</source>
        <translation>--at: «%1» no es un tiempo como 90, 1:30 o 1:02:30.</translation>
    </message>
    <message>
        <source>--session: the open catalog has no session &apos;%1&apos;.</source>
        <translation>--session: el catálogo abierto no tiene ninguna sesión «%1».</translation>
    </message>
    <message>
        <source>Select this session of the catalog without playing it; Enter plays it.</source>
        <translation>Seleccionar esta sesión del catálogo sin reproducirla; Intro la reproduce.</translation>
    </message>
    <message>
        <source>--select: not with --session or --at, which play the session.</source>
        <translation>--select: no con --session ni --at, que reproducen la sesión.</translation>
    </message>
    <message>
        <source>--select: the open catalog has no session &apos;%1&apos;.</source>
        <translation>--select: el catálogo abierto no tiene ninguna sesión «%1».</translation>
    </message>
</context>
</TS>
