\version "2.18.2"

\header {
                                % LILYPOND HEADERS
    head =  "0.13 (08 March 2015)"

    %%    dedication = "Dedication"
    title = "Bethena"
    subtitle = "A Concert Waltz"
    %%    subsubtitle = "Subsubtitle"

    composer = "Scott Joplin (1868-1905)"
    %%    opus = "Opus"
    %%    arranger = "Arranger"

    %%    poet = "Poet"
    %%    texttranslator = "Translator"
    %%    meter = "meter"

    %%    instrument = "Instrument"
    %%    piece = "Piece"

                                % LILYPOND FOOTERS
    license = "Public Domain"
    %footer = "0.12 (11 Oct 2004)"
    %%    tagline = "Tagline"

                                % MUTOPIA HEADERS
    mutopiatitle = "Bethena"
    mutopiacomposer = "JoplinS"
    mutopiainstrument = "Piano"
    date = "1905"
    source = "Original Manuscript"
    style = "Jazz"
    enteredby = "Magnus Lewis-Smith"
    maintainer = "Magnus Lewis-Smith"
    maintainerEmail = "mlewissmith@users.sourceforge.net"
    maintainerWeb = "http://magware.sourceforge.net/"

 footer = "Mutopia-2015/03/25-463"
 copyright =  \markup { \override #'(baseline-skip . 0 ) \right-column { \sans \bold \with-url #"http://www.MutopiaProject.org" { \abs-fontsize #9  "Mutopia " \concat { \abs-fontsize #12 \with-color #white \char ##x01C0 \abs-fontsize #9 "Project " } } } \override #'(baseline-skip . 0 ) \center-column { \abs-fontsize #11.9 \with-color #grey \bold { \char ##x01C0 \char ##x01C0 } } \override #'(baseline-skip . 0 ) \column { \abs-fontsize #8 \sans \concat { " Typeset using " \with-url #"http://www.lilypond.org" "LilyPond" " by " \maintainer " " \char ##x2014 " " \footer } \concat { \concat { \abs-fontsize #8 \sans{ " Placed in the " \with-url #"http://creativecommons.org/licenses/publicdomain" "public domain" " by the typesetter " \char ##x2014 " free to distribute, modify, and perform" } } \abs-fontsize #13 \with-color #white \char ##x01C0 } } }
 tagline = ##f
}


%{
BUGLIST
*	http:
*	category:  projects/lily
*	group:     sources/lily/joplin_bethena


FEATURE REQUEST
*	http:
*	category:  projects/lily
*	group:     sources/lily/joplin_bethena

Some interesting Scott Joplin links:
*    http:
*    http:
*    http:
%}
