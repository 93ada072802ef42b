#!/bin/sh
# Writes subtitles/day-1.{en,fr,es}.vtt and subtitles/day-2.{en,fr,es}.vtt: WebVTT
# subtitles for the two 90 s day recordings. Each 30 s chapter gets four cues of
# 6, 8, 9 and 7 s back to back, whose words name their language and chapter
# (day 1: chapters one to three, day 2: four to six) and the chapter's topic with
# a word found nowhere else (e.g. French chapter three: "traçabilité").
# Output is the same on every run. Usage: ./generate-subtitles.sh
set -eu
cd "$(dirname "$0")"
mkdir -p subtitles

timestamp() { printf '00:%02d:%02d.000' $(($1 / 60)) $(($1 % 60)); }
clock() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }

# number LANGUAGE CHAPTER: the chapter's number in words.
number() {
    case $1 in
    en) set -- "$2" one two three four five six ;;
    fr) set -- "$2" un deux trois quatre cinq six ;;
    es) set -- "$2" uno dos tres cuatro cinco seis ;;
    esac
    shift "$1"
    printf '%s' "$1"
}

# topic LANGUAGE CHAPTER: what the chapter is about, with its distinctive word.
topic() {
    case $1$2 in
    en1) printf 'why formalization matters for small-scale miners' ;;
    en2) printf 'microcredit for small-scale miners' ;;
    en3) printf 'traceability of gold from mine to market' ;;
    en4) printf 'mobile wallets and digital payments' ;;
    en5) printf 'cooperatives and legal frameworks' ;;
    en6) printf 'closing words and farewell' ;;
    fr1) printf 'pourquoi la formalisation compte pour les petits mineurs' ;;
    fr2) printf 'le microcrédit pour les petits mineurs' ;;
    fr3) printf "la traçabilité de l'or, de la mine au marché" ;;
    fr4) printf 'les portefeuilles mobiles et les paiements numériques' ;;
    fr5) printf 'les coopératives et le cadre juridique' ;;
    fr6) printf 'mot de clôture et remerciements' ;;
    es1) printf 'por qué importa la formalización para los pequeños mineros' ;;
    es2) printf 'el microcrédito para los pequeños mineros' ;;
    es3) printf 'la trazabilidad del oro, de la mina al mercado' ;;
    es4) printf 'las billeteras móviles y los pagos digitales' ;;
    es5) printf 'las cooperativas y los marcos legales' ;;
    es6) printf 'palabras de cierre y despedida' ;;
    esac
}

# cue LANGUAGE CHAPTER INDEX FROM TO: the text of one cue (FROM, TO: the chapter's bounds).
cue() {
    n=$(number "$1" "$2"); from=$(clock "$4"); to=$(clock "$5")
    case $1$3 in
    en1) printf 'Chapter %s: English subtitles,\nfrom %s to %s.' "$n" "$from" "$to" ;;
    en2) printf 'Chapter %s in English:\n%s.' "$n" "$(topic "$1" "$2")" ;;
    en3) printf '<i>Chapter %s</i>, in English:\n<v Moderator>a question from the audience.' "$n" ;;
    en4) printf 'End of chapter %s in English, at %s.' "$n" "$to" ;;
    fr1) printf 'Chapitre %s : sous-titres en français,\nde %s à %s.' "$n" "$from" "$to" ;;
    fr2) printf 'Chapitre %s en français :\n%s.' "$n" "$(topic "$1" "$2")" ;;
    fr3) printf '<i>Chapitre %s</i>, en français :\n<v Modératrice>une question du public.' "$n" ;;
    fr4) printf 'Fin du chapitre %s en français, à %s.' "$n" "$to" ;;
    es1) printf 'Capítulo %s: subtítulos en español,\nde %s a %s.' "$n" "$from" "$to" ;;
    es2) printf 'Capítulo %s en español:\n%s.' "$n" "$(topic "$1" "$2")" ;;
    es3) printf '<i>Capítulo %s</i>, en español:\n<v Moderadora>una pregunta del público.' "$n" ;;
    es4) printf 'Fin del capítulo %s en español, a las %s.' "$n" "$to" ;;
    esac
}

for day in 1 2; do
    for lang in en fr es; do
        out=subtitles/day-$day.$lang.vtt
        {
            printf 'WEBVTT\n\nNOTE Sample subtitles written by generate-subtitles.sh; do not edit.\n'
            for part in 0 1 2; do
                chapter=$(((day - 1) * 3 + part + 1))
                base=$((part * 30))
                index=1
                for bounds in '0 6' '6 14' '14 23' '23 30'; do
                    set -- $bounds
                    printf '\nch%d-%d\n%s --> %s\n%s\n' "$chapter" "$index" \
                        "$(timestamp $((base + $1)))" "$(timestamp $((base + $2)))" \
                        "$(cue "$lang" "$chapter" "$index" "$base" $((base + 30)))"
                    index=$((index + 1))
                done
            done
        } >"$out"
        echo "wrote $out"
    done
done
