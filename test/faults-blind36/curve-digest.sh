#!/bin/sh
# Digest of observe.ts --curve: 12 evenly spaced losses, and how many epochs in the last half rose >5% over the previous one.
npx tsx ../faults/observe.ts "$1" --curve 2>/dev/null | grep '  curve:' | sed 's/  curve: //' | tr ' ' '\n' | awk '{n++; l[n]=$1} END{step=int(n/12); if(step<1)step=1; s=""; for(i=1;i<=n;i+=step) s=s" "l[i]; up=0; for(i=int(n/2)+1;i<=n;i++) if(l[i]+0>l[i-1]*1.05) up++; print "'"$(basename "$1" .nn.json)"': epochs " n " losses" s " last " l[n] " | rises>5% in last half: " up}'
