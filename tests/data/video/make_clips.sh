#!/bin/sh
# The tiny clips the video tests play and probe, made with Debian's ffmpeg (run in this folder).
set -eu
f="ffmpeg -v error -y -f lavfi -i testsrc=size=320x180:rate=25"
$f -f lavfi -i sine=frequency=440:sample_rate=22050 -t 2 -c:v libx264 -pix_fmt yuv420p \
  -crf 38 -g 25 -c:a aac -b:a 24k -shortest -movflags +faststart short.mp4
$f -t 8 -c:v libx264 -pix_fmt yuv420p -crf 45 -g 25 -movflags +faststart long.mp4
head -c 9000 long.mp4 > truncated.mp4
ffmpeg -v error -y -f lavfi -i testsrc=size=3840x2160:rate=2 -t 1 -c:v libx264 -pix_fmt yuv420p \
  -crf 51 uhd.mp4
$f -t 1 -c:v libx265 -x265-params log-level=error -pix_fmt yuv420p hevc.mp4
ffmpeg -v error -y -f lavfi -i sine -t 1 -b:a 16k sound.m4a
