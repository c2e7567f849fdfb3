#!/usr/bin/env bash
# Drives a running emulator through the routes a test suite uses: creates in every dialect, polls,
# the clock, each download variant, lists, a scenario and the control API. The start-up caches are
# trained on it, so that the classes and code paths of a first real request are already prepared.
# Usage: scripts/exercise.sh BASE_URL (e.g. http://127.0.0.1:18999)
set -euo pipefail
base=${1:?base URL}
auth=(-H "Authorization: Bearer sk-exercise")
call() { curl -s -o /dev/null "${auth[@]}" "$@" || true; }
id_of() { sed -n 's/.*"\(id\|data\|task_id\)":"\([^"]*\)".*/\2/p' | head -1; }

official=$(curl -s "${auth[@]}" -F prompt="a lighthouse at dawn" -F seconds=4 "$base/v1/videos" | id_of)
call -H "Content-Type: application/json" -d '{"prompt":"a lighthouse","seconds":"8","size":"1280x720"}' "$base/v1/videos"
relay=$(curl -s "${auth[@]}" -F model=sora-2 -F prompt="a fox" "$base/sora-relay/v1/videos" | id_of)
task=$(curl -s "${auth[@]}" -H "Content-Type: application/json" -d '{"type":"video_gen","prompt":"a fox","n_variants":1,"n_frames":150,"height":480,"width":854}' "$base/sora/v1/videos" | id_of)
veo=$(curl -s "${auth[@]}" -F model=veo_3_1 -F prompt="a cow" -F seconds=8 -F size=16x9 "$base/veo/v1/videos" | id_of)
kling=$(curl -s "${auth[@]}" -F prompt="a cat" "$base/kling/v1/videos" | id_of)
openai_relay=$(curl -s "${auth[@]}" -F prompt="a dog" "$base/openai-relay/v1/videos" | id_of)
kling_official=$(curl -s "${auth[@]}" -H "Content-Type: application/json" -d '{"prompt":"a lantern","duration":"5"}' "$base/kling/v1/videos/text2video" | id_of)
new_api=$(curl -s "${auth[@]}" -H "Content-Type: application/json" -d '{"model":"sora-2","prompt":"a boat","duration":4}' "$base/new-api/v1/video/generations" | id_of)
call -F prompt=x -F seconds=99 "$base/v1/videos"
call "$base/v1/videos/$official"
call -X POST "$base/__emulator/clock/advance?by=PT2M"
call "$base/v1/videos/$official"
for variant in video thumbnail spritesheet; do
  call "$base/v1/videos/$official/content?variant=$variant"
done
call -H "Range: bytes=0-99" "$base/v1/videos/$official/content"
call "$base/v1/videos?limit=5"
call "$base/sora-relay/v1/videos/$relay"
call "$base/sora-relay/v1/videos/$relay/content"
call "$base/sora/v1/videos/$task"
call "$base/veo/v1/videos/$veo"
call "$base/veo/v1/videos/$veo/content"
call "$base/kling/v1/videos/$kling"
call "$base/openai-relay/v1/videos/$openai_relay"
call "$base/openai-relay/v1/videos/$openai_relay/content?variant=thumbnail"
call "$base/kling/v1/videos/text2video/$kling_official"
call "$base/kling/v1/videos/text2video/$kling_official/content"
call "$base/new-api/v1/video/generations/$new_api"
call "$base/new-api/v1/videos/$new_api"
call "$base/new-api/v1/videos/$new_api/content"
call -H "Content-Type: application/json" -d '{"name":"exercise","match":{"prompt_contains":"[exercise]"},"respond":{"status":429}}' "$base/__emulator/scenarios"
call -F prompt="[exercise] limited" "$base/v1/videos"
call -X DELETE "$base/__emulator/scenarios"
call "$base/__emulator/journal?limit=5"
call "$base/__emulator/jobs?limit=5"
call "$base/profiles"
call "$base/q/health/ready"
call -X POST "$base/__emulator/reset"
