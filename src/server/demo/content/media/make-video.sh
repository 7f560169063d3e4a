#!/usr/bin/env bash
# Remakes the demo testimony video, its poster and nothing else (the captions,
# temoignage-premiere-visite.vtt, are written by hand: keep their cue timings equal to the
# cards' START/END below). Made once with Debian 12's ffmpeg 5.1 (libvpx-vp9, libopus) and
# the DejaVu fonts; it is not run at install or test time.
#
#   cd src/server/demo/content/media && ./make-video.sh
#
# Six plain title cards over a slowly turning dark blue-green gradient, white DejaVuSans
# text (contrast above 5:1 everywhere on the background), 640×360, 25 fps, 40 s. The audio
# track is silence (Opus, mono): the video has no speech, the captions and the transcript in
# items.ts say everything the cards say.
set -euo pipefail
cd "$(dirname "$0")"

OUT=temoignage-premiere-visite
DURATION=40
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
BOLD=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
FADE=0.6

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

graph="$tmp/graph.txt"
n=0
START=0
END=0
# The filter chain, one drawtext per line so that every line is centred.
chain="[0:v]format=yuv420p"

card() { START=$1; END=$2; }

# line Y SIZE FONTFILE COLOUR TEXT: one centred line of the current card, fading in and out.
line() {
  n=$((n + 1))
  printf '%s' "$5" >"$tmp/line$n.txt"
  local alpha="if(lt(t,$START+$FADE),(t-$START)/$FADE,if(gt(t,$END-$FADE),($END-t)/$FADE,1))"
  chain+=",drawtext=fontfile=$3:textfile=$tmp/line$n.txt:expansion=none"
  chain+=":fontsize=$2:fontcolor=$4:x=(w-text_w)/2:y=$1"
  chain+=":enable='between(t,$START,$END)':alpha='$alpha'"
}

WHITE=white
SOFT=0xDCE9F2
SIGN='— Samia, assistante de service social à Bondy'

card 0 6
line 62 22 "$FONT" "$SOFT" 'TÉMOIGNAGE'
line 112 40 "$BOLD" "$WHITE" 'Ma première visite'
line 162 40 "$BOLD" "$WHITE" 'à domicile'
line 240 26 "$FONT" "$WHITE" 'Samia, assistante de service social'
line 278 26 "$FONT" "$WHITE" 'à Bondy depuis 2 ans'

card 6 13
line 70 30 "$FONT" "$WHITE" '« La veille, j’ai relu le dossier'
line 112 30 "$FONT" "$WHITE" 'avec mon tuteur. On s’est fixé'
line 154 30 "$FONT" "$WHITE" 'un seul objectif : faire le point'
line 196 30 "$FONT" "$WHITE" 'sur les impayés de loyer. »'
line 296 20 "$FONT" "$SOFT" "$SIGN"

card 13 20
line 70 30 "$FONT" "$WHITE" '« Avant de partir, j’ai laissé'
line 112 30 "$FONT" "$WHITE" 'à la secrétaire l’adresse'
line 154 30 "$FONT" "$WHITE" 'et mon heure de retour.'
line 196 30 "$FONT" "$WHITE" 'C’est la règle, et ça rassure. »'
line 296 20 "$FONT" "$SOFT" "$SIGN"

card 20 27
line 70 30 "$FONT" "$WHITE" '« Sur place, j’ai surtout écouté.'
line 112 30 "$FONT" "$WHITE" 'Madame a sorti ses courriers,'
line 154 30 "$FONT" "$WHITE" 'puis elle m’a montré'
line 196 30 "$FONT" "$WHITE" 'la chambre des enfants. »'
line 296 20 "$FONT" "$SOFT" "$SIGN"

card 27 34
line 70 30 "$FONT" "$WHITE" '« Dans la voiture, dix minutes'
line 112 30 "$FONT" "$WHITE" 'avec mon tuteur : ce qui s’était'
line 154 30 "$FONT" "$WHITE" 'bien passé, et ce que'
line 196 30 "$FONT" "$WHITE" 'je ferais autrement. »'
line 296 20 "$FONT" "$SOFT" "$SIGN"

card 34 40
line 70 30 "$FONT" "$WHITE" '« Mon conseil : la première fois,'
line 112 30 "$FONT" "$WHITE" 'partez en binôme. Et posez'
line 154 30 "$FONT" "$WHITE" 'vos questions : on est'
line 196 30 "$FONT" "$WHITE" 'là pour ça. »'
line 296 20 "$FONT" "$SOFT" "$SIGN"

printf '%s[v]\n' "$chain" >"$graph"

inputs=(
  -f lavfi -i "gradients=s=640x360:r=25:d=$DURATION:c0=0x1B3354:c1=0x1F5452:x0=0:y0=0:x1=640:y1=360:speed=0.004"
  -f lavfi -i "anullsrc=r=48000:cl=mono"
)
video=(-map '[v]' -c:v libvpx-vp9 -b:v 110k -row-mt 1 -deadline good -cpu-used 1 -g 250)

# Two-pass VP9 at 110 kbit/s, then the silent Opus track.
ffmpeg -y -hide_banner -loglevel error "${inputs[@]}" -filter_complex_script "$graph" \
  "${video[@]}" -pass 1 -passlogfile "$tmp/pass" -an -t "$DURATION" -f webm /dev/null
ffmpeg -y -hide_banner -loglevel error "${inputs[@]}" -filter_complex_script "$graph" \
  "${video[@]}" -pass 2 -passlogfile "$tmp/pass" \
  -map 1:a -c:a libopus -b:a 16k -ac 1 \
  -t "$DURATION" -metadata title='Ma première visite à domicile — Samia, assistante de service social' \
  -metadata language=fre "$OUT.webm"

# The poster: the title card, once its text has faded in.
ffmpeg -y -hide_banner -loglevel error -ss 3 -i "$OUT.webm" -frames:v 1 -q:v 4 "$OUT.jpg"

ffprobe -v error -show_entries format=duration,size:stream=codec_name,width,height \
  -of default=noprint_wrappers=1 "$OUT.webm"
