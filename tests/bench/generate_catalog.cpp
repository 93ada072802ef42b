// Writes a large synthetic catalog (resources/catalogs/FORMAT.md) for the
// catalog benchmarks: 20,000 sessions over 10 days in 125 rooms, 4 pillars,
// 500 speakers, a recording per room and day (plus French and Spanish
// interpretation of the main rooms) with a chapter per session, titles and
// summaries in en/fr/es. The same seed gives the same file, byte for byte.
//
//   generate_catalog OUT.json [--sessions N]
//
// Plain C++ with no Qt, so it runs from a bare build tree.
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace {

constexpr int dayCount = 10;
constexpr int roomCount = 125;
constexpr int slotsPerDay = 16;      // 08:00 to 20:00 in 45-minute slots
constexpr int interpretedRooms = 10; // rooms with French and Spanish recordings
constexpr int speakerCount = 500;

// A small fixed PRNG (splitmix64): std:: distributions differ between libraries.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::uint64_t m_state;
};

// Parallel phrases: index 0 English, 1 French, 2 Spanish.
using Phrase = std::array<const char *, 3>;

const Phrase topics[] = {
    {"Formalization of", "Formalisation des", "Formalización de"},
    {"Financing", "Financement des", "Financiamiento de"},
    {"Mercury-free processing for", "Traitement sans mercure pour les",
     "Procesamiento sin mercurio para"},
    {"Access to markets for", "Accès aux marchés pour les", "Acceso a mercados para"},
    {"Health and safety in", "Santé et sécurité dans les", "Salud y seguridad en"},
    {"Traceability of gold from", "Traçabilité de l'or issu des", "Trazabilidad del oro de"},
    {"Women's leadership in", "Leadership des femmes dans les", "Liderazgo de las mujeres en"},
    {"Land rights and", "Droits fonciers et", "Derechos sobre la tierra y"},
    {"Environmental rehabilitation of", "Réhabilitation environnementale des",
     "Rehabilitación ambiental de"},
    {"Technical assistance to", "Assistance technique aux", "Asistencia técnica a"},
    {"Responsible sourcing from", "Approvisionnement responsable auprès des",
     "Abastecimiento responsable de"},
    {"Digital tools for", "Outils numériques pour les", "Herramientas digitales para"},
    {"Youth employment in", "Emploi des jeunes dans les", "Empleo juvenil en"},
    {"Public policy for", "Politiques publiques pour les", "Políticas públicas para"},
    {"Credit and savings for", "Crédit et épargne pour les", "Crédito y ahorro para"},
    {"Cleaner technology in", "Technologies plus propres dans les", "Tecnologías más limpias en"},
};

const Phrase subjects[] = {
    {"mining cooperatives", "coopératives minières", "las cooperativas mineras"},
    {"small-scale miners", "petits exploitants miniers", "los pequeños mineros"},
    {"artisanal gold communities", "communautés aurifères artisanales",
     "las comunidades auríferas artesanales"},
    {"processing centres", "centres de traitement", "los centros de procesamiento"},
    {"gold buyers and traders", "acheteurs et négociants d'or",
     "los compradores y comerciantes de oro"},
    {"mining associations", "associations minières", "las asociaciones mineras"},
    {"indigenous territories", "territoires autochtones", "los territorios indígenas"},
    {"family mining operations", "exploitations minières familiales",
     "las explotaciones mineras familiares"},
    {"national refineries", "raffineries nationales", "las refinerías nacionales"},
    {"local governments", "gouvernements locaux", "los gobiernos locales"},
};

const Phrase regions[] = {
    {"in the Andean region", "dans la région andine", "en la región andina"},
    {"in West Africa", "en Afrique de l'Ouest", "en África Occidental"},
    {"in the Amazon basin", "dans le bassin amazonien", "en la cuenca amazónica"},
    {"in the Sahel", "au Sahel", "en el Sahel"},
    {"in Southeast Asia", "en Asie du Sud-Est", "en el Sudeste Asiático"},
    {"in East Africa", "en Afrique de l'Est", "en África Oriental"},
    {"in the Guiana Shield", "sur le plateau des Guyanes", "en el Escudo Guayanés"},
    {"in Central America", "en Amérique centrale", "en Centroamérica"},
    {"in Madagascar", "à Madagascar", "en Madagascar"},
    {"in Mongolia", "en Mongolie", "en Mongolia"},
    {"in the Philippines", "aux Philippines", "en Filipinas"},
    {"in Colombia and Peru", "en Colombie et au Pérou", "en Colombia y Perú"},
};

// Summary sentences; %T is the topic phrase (lower case start), %S the
// subject, %R the region.
const Phrase sentences[] = {
    {"This session reviews what has worked so far for %S %R and what remains to be done.",
     "Cette séance fait le point sur ce qui a fonctionné pour les %S %R et sur ce qui reste à "
     "faire.",
     "Esta sesión repasa lo que ha funcionado para %S %R y lo que queda por hacer."},
    {"Panelists from governments, cooperatives and the private sector compare their experience "
     "and the obstacles they met.",
     "Des intervenants des gouvernements, des coopératives et du secteur privé comparent leur "
     "expérience et les obstacles rencontrés.",
     "Panelistas de gobiernos, cooperativas y del sector privado comparan su experiencia y los "
     "obstáculos que encontraron."},
    {"The discussion covers regulation, access to finance and the role of technical partners.",
     "La discussion porte sur la réglementation, l'accès au financement et le rôle des "
     "partenaires techniques.",
     "El debate abarca la regulación, el acceso al financiamiento y el papel de los socios "
     "técnicos."},
    {"Participants heard how mercury use was reduced without lowering gold recovery.",
     "Les participants ont appris comment l'usage du mercure a été réduit sans diminuer la "
     "récupération de l'or.",
     "Los participantes escucharon cómo se redujo el uso de mercurio sin disminuir la "
     "recuperación del oro."},
    {"A short film opened the session, followed by questions from the audience.",
     "Un court métrage a ouvert la séance, suivi de questions du public.",
     "Un cortometraje abrió la sesión, seguido de preguntas del público."},
    {"Speakers presented results from a three-year pilot with %S %R.",
     "Les intervenants ont présenté les résultats d'un projet pilote de trois ans avec les %S %R.",
     "Los ponentes presentaron los resultados de un piloto de tres años con %S %R."},
    {"The session closed with recommendations for the next phase of the programme.",
     "La séance s'est conclue par des recommandations pour la prochaine phase du programme.",
     "La sesión concluyó con recomendaciones para la próxima fase del programa."},
    {"Formalization, traceability and fair prices were recurring themes.",
     "La formalisation, la traçabilité et des prix équitables sont revenus à plusieurs reprises.",
     "La formalización, la trazabilidad y los precios justos fueron temas recurrentes."},
    {"Interpretation into French and Spanish was available throughout.",
     "L'interprétation en français et en espagnol était assurée tout au long de la séance.",
     "Hubo interpretación al francés y al español durante toda la sesión."},
};

const char *const firstNames[] = {
    "José",  "María", "Zoë",       "Amélie", "Kwame",   "Aïssatou", "Thérèse", "Nuño",
    "Ana",   "João",  "Fatoumata", "Renée",  "Ibrahim", "Léa",      "Sofía",   "Andrés",
    "Chloé", "Kofi",  "Inés",      "Raúl",   "Mariam",  "Hélène",   "Ngozi",   "Björn",
    "Óscar", "Lucía", "Émile",     "Ama",    "Tomás",   "Noëlle",
};
const char *const lastNames[] = {
    "Martínez", "Dupré",   "Ouédraogo", "Núñez",     "Mensah",   "Traoré",    "Gómez",
    "Lefèvre",  "Diallo",  "Peña",      "Koné",      "Müller",   "Asante",    "Rodríguez",
    "Bérubé",   "Sánchez", "Okonkwo",   "Castaño",   "Ndiaye",   "Hernández", "Côté",
    "Ibáñez",   "Boateng", "Sørensen",  "Fernández", "Gauthier", "Owusu",     "Jiménez",
};

const Phrase roles[] = {
    {"Programme Officer", "Chargée de programme", "Oficial de programa"},
    {"Minister of Mines", "Ministre des Mines", "Ministra de Minas"},
    {"Cooperative President", "Président de coopérative", "Presidente de cooperativa"},
    {"Researcher", "Chercheuse", "Investigadora"},
    {"Technical Advisor", "Conseiller technique", "Asesor técnico"},
    {"Director", "Directrice", "Directora"},
};
const Phrase organizations[] = {
    {"Ministry of Mines", "Ministère des Mines", "Ministerio de Minas"},
    {"National Miners' Federation", "Fédération nationale des mineurs",
     "Federación Nacional de Mineros"},
    {"Gold Refiners' Association", "Association des affineurs d'or",
     "Asociación de Refinadores de Oro"},
    {"University of the Andes", "Université des Andes", "Universidad de los Andes"},
    {"Environmental Agency", "Agence de l'environnement", "Agencia Ambiental"},
};

const Phrase kinds[] = {
    {"panel", "", ""}, {"talk", "", ""}, {"keynote", "", ""}, {"workshop", "", ""}};
const char *const langs[] = {"en", "fr", "es"};
const char *const pillarIds[] = {"formalization", "finance", "technology", "markets"};

template<typename T, std::size_t N> constexpr int count(const T (&)[N])
{
    return static_cast<int>(N);
}

std::string replaceAll(std::string text, const char *key, const std::string &value)
{
    for (std::size_t at = text.find(key); at != std::string::npos;
         at = text.find(key, at + value.size()))
        text.replace(at, std::strlen(key), value);
    return text;
}

// Our phrases contain no quote, backslash or control character; escape anyway.
std::string quoted(const std::string &text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

std::string localizedStrings(const std::array<std::string, 3> &texts)
{
    return "{\"en\": " + quoted(texts[0]) + ", \"fr\": " + quoted(texts[1])
           + ", \"es\": " + quoted(texts[2]) + "}";
}

std::string localized(const Phrase &p)
{
    return localizedStrings({p[0], p[1], p[2]});
}

std::string twoDigits(int n)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

std::string dayId(int day)
{
    return "day-" + twoDigits(day + 1);
}

std::string recordingId(int day, int room, int lang)
{
    return "rec-" + twoDigits(day + 1) + "-r" + std::to_string(room + 1) + "-" + langs[lang];
}

void writeHeader(std::string &out)
{
    out += "{\n\"format\": \"forum-archive-catalog\",\n\"version\": 1,\n\"event\": {\n"
           "  \"id\": \"bench-forum-2030\",\n"
           "  \"title\": "
           + localized({"Benchmark Forum on Artisanal Gold (synthetic)",
                        "Forum de référence sur l'or artisanal (synthétique)",
                        "Foro de referencia sobre el oro artesanal (sintético)"})
           + ",\n  \"organizer\": "
           + localized({"Generated by tests/bench/generate_catalog", "Généré par generate_catalog",
                        "Generado por generate_catalog"})
           + ",\n  \"summary\": "
           + localized({"A synthetic catalog for measuring load, filter and memory costs.",
                        "Un catalogue synthétique pour mesurer le chargement, le filtrage et la "
                        "mémoire.",
                        "Un catálogo sintético para medir la carga, el filtrado y la memoria."})
           + ",\n  \"timeZone\": \"Europe/Paris\",\n  \"startDate\": \"2030-03-04\",\n"
             "  \"endDate\": \"2030-03-13\",\n  \"language\": \"en\",\n"
             "  \"languages\": [\"en\", \"fr\", \"es\"]\n},\n";

    const Phrase pillarTitles[] = {{"Formalization", "Formalisation", "Formalización"},
                                   {"Finance", "Financement", "Financiamiento"},
                                   {"Technology", "Technologie", "Tecnología"},
                                   {"Markets", "Marchés", "Mercados"}};
    out += "\"pillars\": [\n";
    for (int p = 0; p < 4; ++p) {
        out += std::string("  {\"id\": \"") + pillarIds[p]
               + "\", \"title\": " + localized(pillarTitles[p]) + ", \"icon\": \"" + pillarIds[p]
               + "\"}" + (p < 3 ? ",\n" : "\n");
    }
    out += "],\n\"days\": [\n";
    for (int d = 0; d < dayCount; ++d) {
        const std::string n = std::to_string(d + 1);
        out += "  {\"id\": \"" + dayId(d) + "\", \"date\": \"2030-03-" + twoDigits(4 + d)
               + "\", \"title\": " + localizedStrings({"Day " + n, "Jour " + n, "Día " + n}) + "}"
               + (d + 1 < dayCount ? ",\n" : "\n");
    }
    out += "],\n";
}

void writeSpeakers(std::string &out, Random &random)
{
    out += "\"speakers\": [\n";
    for (int s = 0; s < speakerCount; ++s) {
        // A stride coprime to the number of combinations keeps every name distinct.
        const int combination = s * 337 % (count(firstNames) * count(lastNames));
        const std::string name = std::string(firstNames[combination % count(firstNames)]) + " "
                                 + lastNames[combination / count(firstNames)];
        const Phrase &role = roles[random.below(count(roles))];
        const Phrase &org = organizations[random.below(count(organizations))];
        const Phrase &subject = subjects[random.below(count(subjects))];
        const Phrase &region = regions[random.below(count(regions))];
        const std::array<std::string, 3> bio = {name + " has worked with " + subject[0] + " "
                                                    + region[0] + " for over ten years.",
                                                name + " travaille avec les " + subject[1] + " "
                                                    + region[1] + " depuis plus de dix ans.",
                                                name + " trabaja con " + subject[2] + " "
                                                    + region[2] + " desde hace más de diez años."};
        out += "  {\"id\": \"sp-" + std::to_string(s + 1) + "\", \"name\": " + quoted(name)
               + ", \"role\": " + localized(role) + ", \"organization\": " + localized(org)
               + ", \"bio\": " + localizedStrings(bio) + "}"
               + (s + 1 < speakerCount ? ",\n" : "\n");
    }
    out += "],\n";
}

void writeRecordings(std::string &out, Random &random, int sessions)
{
    out += "\"recordings\": [\n";
    bool first = true;
    auto add = [&](const std::string &text) {
        out += (first ? "  " : ",\n  ") + text;
        first = false;
    };
    for (int d = 0; d < dayCount; ++d) {
        for (int r = 0; r < roomCount; ++r) {
            for (int l = 0; l < (r < interpretedRooms ? 3 : 1); ++l) {
                const std::string id = recordingId(d, r, l);
                // One in ten recordings is announced but not linked yet.
                const std::string sources =
                    random.chance(10)
                        ? "[]"
                        : "[{\"url\": \"https://media.example.org/bench/" + id + ".webm\"}]";
                add("{\"id\": \"" + id + "\", \"kind\": \"day\", \"day\": \"" + dayId(d)
                    + "\", \"language\": \"" + langs[l] + "\", \"duration\": \"12:00:00\", "
                    + "\"sources\": " + sources + "}");
            }
        }
    }
    // Keynotes also have their own video on a video site.
    for (int s = 0; s < sessions; s += 50)
        add("{\"id\": \"yt-" + std::to_string(s + 1)
            + "\", \"kind\": \"session\", \"language\": \"en\", \"sources\": "
              "[{\"url\": \"https://www.youtube.com/watch?v=bench"
            + std::to_string(s + 1) + "\"}]}");
    out += "\n],\n";
}

std::string sessionText(const char *pattern, const Phrase &subject, const Phrase &region, int lang)
{
    return replaceAll(replaceAll(pattern, "%S", subject[lang]), "%R", region[lang]);
}

void writeSession(std::string &out, Random &random, int s, bool last)
{
    const int day = s / (roomCount * slotsPerDay) % dayCount;
    const int room = s / slotsPerDay % roomCount;
    const int slot = s % slotsPerDay;
    const int startMinutes = 8 * 60 + slot * 45;
    const int duration = 30 + 5 * random.below(4);

    const Phrase &topic = topics[random.below(count(topics))];
    const Phrase &subject = subjects[random.below(count(subjects))];
    const Phrase &region = regions[random.below(count(regions))];
    std::array<std::string, 3> title;
    std::array<std::string, 3> summary;
    // Five to nine different sentences in a random order: 560-1,000 characters,
    // median ~790 in English, as the abstracts in ../shared/schedules (median
    // 540-920 per conference).
    const int sentenceCount = 5 + random.below(5);
    int picks[count(sentences)] = {};
    for (int i = 0; i < count(sentences); ++i)
        picks[i] = i;
    for (int i = 0; i < sentenceCount; ++i)
        std::swap(picks[i], picks[i + random.below(count(sentences) - i)]);
    for (int l = 0; l < 3; ++l) {
        title[l] = std::string(topic[l]) + " " + subject[l] + " " + region[l];
        for (int i = 0; i < sentenceCount; ++i)
            summary[l] += (i ? " " : "") + sessionText(sentences[picks[i]][l], subject, region, l);
    }

    out += "  {\"id\": \"s" + std::to_string(s + 1) + "\", \"day\": \"" + dayId(day)
           + "\", \"start\": \"" + twoDigits(startMinutes / 60) + ":" + twoDigits(startMinutes % 60)
           + "\", \"duration\": \"" + std::to_string(duration) + ":00\", \"kind\": \""
           + kinds[random.below(count(kinds))][0] + "\",\n   \"title\": " + localizedStrings(title)
           + ",\n   \"summary\": " + localizedStrings(summary);

    const int first = random.below(4);
    out += std::string(",\n   \"pillars\": [\"") + pillarIds[first] + "\""
           + (random.chance(30) ? std::string(", \"") + pillarIds[(first + 1) % 4] + "\"" : "")
           + "]";

    out += ", \"speakers\": [";
    const int speakers = 1 + random.below(4);
    for (int i = 0; i < speakers; ++i) {
        const std::string id = "\"sp-" + std::to_string(random.below(speakerCount) + 1) + "\"";
        out += (i ? ", " : "");
        out += i == 0 && speakers > 2
                   ? "{\"speaker\": " + id + ", \"role\": "
                         + localized({"Moderator", "Modératrice", "Moderadora"}) + "}"
                   : id;
    }
    out += "]";

    // Where the session starts in its room's recordings (offsets from 08:00).
    const std::string at = std::to_string((startMinutes - 8 * 60) * 60);
    out += ",\n   \"chapters\": [{\"recording\": \"" + recordingId(day, room, 0)
           + "\", \"at\": " + at + "}";
    if (room < interpretedRooms) {
        out += ", {\"recording\": \"" + recordingId(day, room, 1) + "\", \"at\": " + at + "}";
        out += ", {\"recording\": \"" + recordingId(day, room, 2) + "\", \"at\": " + at + "}";
    }
    if (s % 50 == 0)
        out += ", {\"recording\": \"yt-" + std::to_string(s + 1) + "\", \"at\": 0}";
    out += "]";

    if (random.chance(20))
        out += ",\n   \"materials\": [{\"title\": "
               + localized({"Slides", "Diapositives", "Diapositivas"})
               + ", \"url\": \"https://media.example.org/bench/s" + std::to_string(s + 1)
               + ".pdf\", \"language\": \"" + langs[random.below(3)] + "\", \"size\": "
               + std::to_string(100000 + random.below(5000000)) + ", \"kind\": \"slides\"}]";
    out += last ? "}\n" : "},\n";
}

} // namespace

int main(int argc, char **argv)
{
    const char *outPath = nullptr;
    int sessions = 20000;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--sessions") == 0 && i + 1 < argc)
            sessions = std::atoi(argv[++i]);
        else if (!outPath && argv[i][0] != '-')
            outPath = argv[i];
        else
            outPath = nullptr, i = argc;
    }
    if (!outPath || sessions < 1 || sessions > dayCount * roomCount * slotsPerDay) {
        std::fprintf(stderr, "usage: generate_catalog OUT.json [--sessions N] (N <= %d)\n",
                     dayCount * roomCount * slotsPerDay);
        return 2;
    }

    Random random(20300304);
    std::string out;
    out.reserve(64u << 20);
    writeHeader(out);
    writeSpeakers(out, random);
    writeRecordings(out, random, sessions);
    out += "\"sessions\": [\n";
    for (int s = 0; s < sessions; ++s)
        writeSession(out, random, s, s + 1 == sessions);
    out += "]\n}\n";

    std::FILE *file = std::fopen(outPath, "wb");
    if (!file || std::fwrite(out.data(), 1, out.size(), file) != out.size()
        || std::fclose(file) != 0) {
        std::perror(outPath);
        return 1;
    }
    std::printf("%s: %d sessions, %zu bytes\n", outPath, sessions, out.size());
    return 0;
}
