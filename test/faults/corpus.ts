/**
 * The fault benchmark's corpora: each set's `manifest.json` read and typed, and its specs checked the
 * way the CLI checks them. Shared by `bench/faults.ts` (which also trains them) and the corpus unit test.
 * The sets share one format: `dev` (this folder, used to choose the detectors' thresholds),
 * `heldout` (`test/faults-heldout`, written blind, since used to tune too) and `final`
 * (`test/faults-final`, written blind and frozen for the final measurement: nothing is tuned on it,
 * so it is never run by default or by `both`); `blind4` (`test/faults-blind4`) is a fourth blind set,
 * measured blind once (its README) and since then a development set like the others; so is `blind5`
 * (`test/faults-blind5`), the fifth blind set. A set written blind and not yet measured goes in
 * `MEASUREMENT_SETS`: run by `bench/faults.ts --set <name>` alone, never iterated by other tools; `blind6`
 * (`test/faults-blind6`, the sixth blind set) was measured blind at be988bb (its README) and is now
 * a development set too. `blind7` (`test/faults-blind7`, the seventh blind set) was measured blind at 1d96378 and 8bafb19 (its README) and is a development set too.
 * `blind8` (`test/faults-blind8`, the eighth blind set, frozen at 74b5ab0) was measured blind at 718d8b4 and bd55921 (its README) and is a development set too.
 * `blind9` (`test/faults-blind9`, the ninth blind set, frozen at d271106) was measured blind at 2494628 and 3584c03 (its README) and is a development set too.
 * `blind10` (`test/faults-blind10`, the tenth blind set, frozen at e98338f) was measured blind once at c03535c (its README) and is a development set too.
 * `blind11` (`test/faults-blind11`, the eleventh blind set, frozen at bcb7e85) was measured blind once at 82c79a5 (the product of c03535c; its README) and is a development set too.
 * `blind12` (`test/faults-blind12`, the twelfth blind set) (frozen at 69da4d4) was measured blind once at d62a5b6 (its README) and is a development set too.
 * `blind13` (`test/faults-blind13`, the thirteenth blind set, frozen at b17a6da) was measured blind once at a362367 (its README) and is a development set too.
 * `blind14` (`test/faults-blind14`, the fourteenth blind set, frozen at ccb3264) was measured blind once at 7fac0a4 (its README) and is a development set too.
 * `blind15` (`test/faults-blind15`, the fifteenth blind set, frozen at 09c22cc) was measured blind once at bbd2c3f (the product of ed9d4ae; its README) and is a development set too.
 * `blind16` (`test/faults-blind16`, the sixteenth blind set, frozen at 1d21074) was measured blind once at d69c24c (the product of ccc153e; its README) and is a development set too.
 * `blind17` (`test/faults-blind17`, the seventeenth blind set, frozen at 915a154) was measured blind once at d314fc8 (the product of 21e2bcb; its README) and is a development set too.
 * `blind18` (`test/faults-blind18`, the eighteenth blind set, frozen at 029b623) was measured blind once at d314fc8 (the product of 21e2bcb; its README) and is a development set too.
 * `blind19` (`test/faults-blind19`, the nineteenth blind set, frozen at ec3216c) and `blind20` (`test/faults-blind20`, the twentieth, frozen at 8143c27) were measured blind once at 3951440 (the product of 21e2bcb; their READMEs) and are development sets too.
 * `blind21` (`test/faults-blind21`, the twenty-first blind set, frozen at 9aab180) and `blind22` (`test/faults-blind22`, the twenty-second, frozen at de1548a) were measured blind once at f818542 and 5795e5a (the product of 45a4b38; their READMEs) and are development sets too.
 * `blind23` (`test/faults-blind23`, the twenty-third blind set, frozen at 4992646) and `blind24` (`test/faults-blind24`, the twenty-fourth, frozen at d62a750) were measured blind once at 36a8a36 (the product of bc56a70; their READMEs) and are development sets too.
 * `blind25` (`test/faults-blind25`, the twenty-fifth blind set, frozen at 1c2b588) and `blind26` (`test/faults-blind26`, the twenty-sixth, frozen at 5c70eaa) were measured blind once at 3f69b9a and a6522fd (the product of 1ea898b; their READMEs) and are development sets too.
 * `blind27` (`test/faults-blind27`, the twenty-seventh blind set, frozen at bdd6445) and `blind28` (`test/faults-blind28`, the twenty-eighth, frozen at b1896e0) were measured blind once at 6df1356 and d0d68f7 (the product of daf15c4; their READMEs) and are development sets too.
 * `blind29` (`test/faults-blind29`, the twenty-ninth blind set, frozen at 457290c) and `blind30` (`test/faults-blind30`, the thirtieth, frozen at 85c0a7b) were measured blind once at 3af3965 (the product of 25837ec; their READMEs) and are development sets too.
 * `blind31` (`test/faults-blind31`, frozen at 2915d18) and `blind32` (`test/faults-blind32`, frozen at 471a8d1) were measured blind once at c49e26a (the product of 399c921; their READMEs) and are development sets too.
 * `blind33` (`test/faults-blind33`, frozen at b8c0bee) and `blind34` (`test/faults-blind34`, frozen at 02809e4) were measured blind once at 2adf03e and 9444df2 (the product of e48d749; their READMEs) and are development sets too.
 * `blind35` (`test/faults-blind35`, frozen at 65e6bd6) and `blind36` (`test/faults-blind36`, frozen at a3d32cf) were measured blind once at 13fcbda and 3261408 (the product of e837a90; their READMEs) and are development sets too.
 * `blind37` (`test/faults-blind37`, frozen at cadef55) and `blind38` (`test/faults-blind38`, frozen at 057af81) were measured blind once at e47ba82 (the product of a7d4afc; their READMEs) and are development sets too.
 * `blind39` (`test/faults-blind39`, frozen at 5bef1ab) and `blind40` (`test/faults-blind40`, frozen at 3a14854) were measured blind once at 77d75a0 (the product of 0426aa3; their READMEs) and are development sets too.
 * `blind41` (`test/faults-blind41`, frozen at a46d88e) and `blind42` (`test/faults-blind42`, frozen at bd17145) were measured blind once at 6ad1c4b (the product of 9160a86; their READMEs) and are development sets too.
 * `blind43` (`test/faults-blind43`, frozen at a72d94d) and `blind44` (`test/faults-blind44`, frozen at a1bb4b9) were measured blind once at 3b8ebc6 and 1c03227 (the product of 6ac35c0; their READMEs) and are development sets too.
 * `blind45` (`test/faults-blind45`, frozen at bd6492b) and `blind46` (`test/faults-blind46`, frozen at d6bbc6b) were measured blind once at c6b2267 (the product of 7799d93; their READMEs) and are development sets too.
 * `blind47` (`test/faults-blind47`, frozen at b032217) and `blind48` (`test/faults-blind48`, frozen at d9980a3) were measured blind once at 7ca0714 and e2c6ff4 (both the product of 4315ce9; their READMEs) and are development sets too.
 * `blind49` (`test/faults-blind49`, frozen at 0229c6c) and `blind50` (`test/faults-blind50`, frozen at 0a9b4ad) were measured blind once at a22b643 and 4cf07bf (both the product of 8b35343; their READMEs) and are development sets too.
 * `blind51` (`test/faults-blind51`, frozen at 35e328f) and `blind52` (`test/faults-blind52`, frozen at e9cdf12) were measured blind once at 989c20f and 40899f8 (both the product of 261e921; their READMEs) and are development sets too.
 * `blind53` (`test/faults-blind53`, frozen at 661c819) and `blind54` (`test/faults-blind54`, frozen at f0d6f0e) were measured blind once at 06d7e0a and 11793cb (both the product of 2033d68; their READMEs) and are development sets too.
 * `blind55` (`test/faults-blind55`, frozen at 8334267) and `blind56` (`test/faults-blind56`, frozen at 78e9c6e) were measured blind once at d7983eb and 20b7ad6 (both the product of 1aaf2fe; their READMEs) and are development sets too.
 * `blind57` (`test/faults-blind57`, frozen at 35a2917) and `blind58` (`test/faults-blind58`, frozen at 3f75b47) were measured blind once at f487246 (the product of d8bb87b; their READMEs) and are development sets too.
 * `blind59` (`test/faults-blind59`, frozen at 29b3fbc) and `blind60` (`test/faults-blind60`, frozen at a0dd830) were measured blind once at 5f959ec (the product of a4b2377; their READMEs) and are development sets too.
 * `blind61` (`test/faults-blind61`, frozen at 869432b) and `blind62` (`test/faults-blind62`, frozen at 86425b8) were measured blind once at b90c6aa and a476192 (both the product of 80bef7e; their READMEs) and are development sets too.
 * `blind63` (`test/faults-blind63`, frozen at 1dee431) and `blind64` (`test/faults-blind64`, frozen at 651f221) were measured blind once at 04273f9 (the product of 8432ae0; their READMEs) and are development sets too.
 * `blind65` (`test/faults-blind65`, frozen at 4a752be) and `blind66` (`test/faults-blind66`, frozen at d505499) were measured blind once at a42dc0a (the product of f3eec24; their READMEs) and are development sets too.
 * `blind67` (`test/faults-blind67`, frozen at ef6803d) and `blind68` (`test/faults-blind68`, frozen at 2fb1e71) were measured blind once at 5a9e2c2 (the product of 127216a; their READMEs) and are development sets too.
 * `blind69` (`test/faults-blind69`, frozen at 8c60078) and `blind70` (`test/faults-blind70`, frozen at b862567) were measured blind once at 54002b0 (the product of 409bdb2; their READMEs) and are development sets too.
 * `blind71` (`test/faults-blind71`, frozen at 4d907fc) and `blind72` (`test/faults-blind72`, frozen at f7aed50) were measured blind once at 9ef297a (the session-25 product, measured before a rebase as f182c4e with the same source; their READMEs) and are development sets too.
 * `blind73` (`test/faults-blind73`, frozen at e999f50) and `blind74` (`test/faults-blind74`, frozen at a07fa05) were measured blind once at 84bb751 (the product of 3846fdc; their READMEs) and are development sets too.
 * `blind75` (`test/faults-blind75`, frozen at 2b85725) and `blind76` (`test/faults-blind76`, frozen at 64f5bbf) were measured blind once at 374c597 (the product of 7054376; their READMEs) and are development sets too.
 * `blind77` (`test/faults-blind77`, frozen at 98b839e) and `blind78` (`test/faults-blind78`, frozen at a489439) were measured blind once at 77da199 (the product of 9b2ab8f; their READMEs) and are development sets too.
 * `blind79` (`test/faults-blind79`, frozen at b39ab7f) and `blind80` (`test/faults-blind80`, frozen at 000be62) were measured blind once at 4a2bde3 (the product of 03f8dcc; their READMEs) and are development sets too.
 * `blind81` (`test/faults-blind81`, frozen at 9c4c187) and `blind82` (`test/faults-blind82`, frozen at a869604) were measured blind once at 001d121 (the product of 03f8dcc; their READMEs) and are development sets too.
 * `blind83` (`test/faults-blind83`, frozen at 6580a88) and `blind84` (`test/faults-blind84`, frozen at 54711a0) were measured blind once at 90d939f (the product of 5645139; their READMEs) and are development sets too.
 * `blind85` (`test/faults-blind85`, frozen at 3fad007) and `blind86` (`test/faults-blind86`, frozen at cbe1541) were measured blind once at 00295ce (the product of defb930; their READMEs) and are development sets too.
 * `blind87` (`test/faults-blind87`, frozen at 58f8551) and `blind88` (`test/faults-blind88`, frozen at a862969) were measured blind once at 52174cb (their READMEs) and are development sets too.
 * `blind89` (`test/faults-blind89`, frozen at 498e89a) and `blind90` (`test/faults-blind90`, frozen at 70d9cf7) were measured blind once at 4a9a79a (their READMEs) and are development sets too.
 * `blind91` (`test/faults-blind91`, frozen at 70a5729) and `blind92` (`test/faults-blind92`, frozen at dd340f3) were measured blind once at d13c4e5 (their READMEs) and are development sets too.
 * `blind93` (`test/faults-blind93`, frozen at 6854428) and `blind94` (`test/faults-blind94`, frozen at 0f8aaa2) were measured blind once at 0971466 (their READMEs) and are development sets too.
 * `blind95` (`test/faults-blind95`, frozen at 57bef9e) and `blind96` (`test/faults-blind96`, frozen at f485365) were measured blind once at 7a7a265 (their READMEs) and are development sets too.
 * `blind97` (`test/faults-blind97`, frozen at 4b4a7ef) and `blind98` (`test/faults-blind98`, frozen at 1036c97) were measured blind once at 4e506d4 (their READMEs) and are development sets too.
 * `blind99` (`test/faults-blind99`, frozen at d7e4900) and `blind100` (`test/faults-blind100`, frozen at 524ec98) were measured blind once at 9f3c693 (their READMEs) and are development sets too.
 * `blind101` (`test/faults-blind101`, frozen at 82abbde) and `blind102` (`test/faults-blind102`, frozen at 233d242) were measured blind once at 013d9ea (their READMEs) and are development sets too.
 * `blind103` (`test/faults-blind103`, frozen at a531316) and `blind104` (`test/faults-blind104`, frozen at 56954c8) were measured blind once at 1eb1c91 (their READMEs) and are development sets too.
 * `blind105` (`test/faults-blind105`, frozen at ae69d41) and `blind106` (`test/faults-blind106`, frozen at 590760c) were measured blind once at 1b629c9 (their READMEs) and are development sets too.
 * `blind107` (`test/faults-blind107`, frozen at 1243695) and `blind108` (`test/faults-blind108`, frozen at 9b70b40) were measured blind once at 883597a (their READMEs) and are development sets too.
 * `blind109` (`test/faults-blind109`, frozen at b97b28e) and `blind110` (`test/faults-blind110`, frozen at 4d9bd09) were measured blind once at b4b146c (their READMEs) and are development sets too.
 * `blind111` (`test/faults-blind111`, frozen at a51a4ff) and `blind112` (`test/faults-blind112`, frozen at b8d2882) were measured blind once at 29e3c6b (their READMEs) and are development sets too.
 * `blind113` (`test/faults-blind113`, frozen at e09b0e5) and `blind114` (`test/faults-blind114`, frozen at d947782) were measured blind once at 26b3446 (their READMEs) and are development sets too.
 * `blind115` (`test/faults-blind115`, frozen at e64cad2) and `blind116` (`test/faults-blind116`, frozen at 66a5fbc) were measured blind once at ffaca60 (their READMEs) and are development sets too.
 * `blind117` (`test/faults-blind117`, frozen at cc22176) and `blind118` (`test/faults-blind118`, frozen at 589da0a) were measured blind once at 2b9f75b (their READMEs) and are development sets too.
 * `blind119` (`test/faults-blind119`, frozen at 1cc54fa) and `blind120` (`test/faults-blind120`, frozen at a600f42) were measured blind once at 50dbe45 (their READMEs) and are development sets too.
 * `blind121` (`test/faults-blind121`, frozen at 416da55) and `blind122` (`test/faults-blind122`, frozen at 697e169) were measured blind once at e7a2161 (their READMEs) and are development sets too.
 * `blind123` (`test/faults-blind123`, frozen at 5e63149) and `blind124` (`test/faults-blind124`, frozen at b6bcb28) were measured blind once at 7216259 (their READMEs) and are development sets too.
 * `blind125` (`test/faults-blind125`, frozen at 74ea5c6) and `blind126` (`test/faults-blind126`, frozen at c674930) were measured blind once at 7588897 (their READMEs) and are development sets too.
 * `blind127` (`test/faults-blind127`, frozen at 70aab76), `blind128` (`test/faults-blind128`, frozen at 5089573), `blind129` (`test/faults-blind129`, frozen at 2098f09) and `blind130` (`test/faults-blind130`, frozen at d98578f) were measured blind once at 7b01377 (their READMEs) and are development sets too.
 * `blind131` (`test/faults-blind131`, frozen at 2fe3757), `blind132` (`test/faults-blind132`, frozen at c7c40d6), `blind133` (`test/faults-blind133`, frozen at 20e02c3) and `blind134` (`test/faults-blind134`, frozen at d263e99) were measured blind once at 37e5e6a (their READMEs) and are development sets too.
 * `blind135` (`test/faults-blind135`, frozen at ab48fbe), `blind136` (`test/faults-blind136`, frozen at d2e724b), `blind137` (`test/faults-blind137`, frozen at f1966bb) and `blind138` (`test/faults-blind138`, frozen at 05626da) were measured blind once at 3cf0aad (their READMEs) and are development sets too.
 * `blind139` (`test/faults-blind139`, frozen at 3388791), `blind140` (`test/faults-blind140`, frozen at 6055c3c), `blind141` (`test/faults-blind141`, frozen at a8a282a) and `blind142` (`test/faults-blind142`, frozen at 9c80f9e) were measured blind once at 1578bcc (their READMEs) and are development sets too.
 * `blind143` (`test/faults-blind143`, frozen at b9a6b22), `blind144` (`test/faults-blind144`, frozen at f00debc), `blind145` (`test/faults-blind145`, frozen at 8ae7a00) and `blind146` (`test/faults-blind146`, frozen at 24179c6) were measured blind once at 792aba9 (their READMEs) and are development sets too.
 * `blind147` (`test/faults-blind147`, frozen at c62bb75), `blind148` (`test/faults-blind148`, frozen at e8a6767), `blind149` (`test/faults-blind149`, frozen at 98cbda5) and `blind150` (`test/faults-blind150`, frozen at 3859e90; f2823d0 removed a stray npm-warning file and no spec) were measured blind once at 9fbaa3e (tag `measured-blind147-150`, the same `src` as 32a4636 on main; their READMEs) and are development sets too.
 * `blind151` (`test/faults-blind151`, frozen at a6b5be1), `blind152` (`test/faults-blind152`, frozen at 389a5e6), `blind153` (`test/faults-blind153`, frozen at e786340) and `blind154` (`test/faults-blind154`, frozen at f7a98e2) were measured blind once at c8423eb (their READMEs) and are development sets too.
 * `blind155` (`test/faults-blind155`, frozen at 5e46b76), `blind156` (`test/faults-blind156`, frozen at a4fcaee), `blind157` (`test/faults-blind157`, frozen at 3b1de39) and `blind158` (`test/faults-blind158`, frozen at bb6058b) were measured blind once at 3b04239 (their READMEs) and are development sets too.
 * `blind159` (`test/faults-blind159`, frozen at 7e8592a; 2b6661e dropped an unused constant from its author.ts and changed no spec), `blind160` (`test/faults-blind160`, frozen at c9faa5f), `blind161` (`test/faults-blind161`, frozen at d7d2687) and `blind162` (`test/faults-blind162`, frozen at 97be06c) were measured blind once at f003a3d (their READMEs) and are development sets too.
 * `blind163` (`test/faults-blind163`, frozen at 154057b), `blind164` (`test/faults-blind164`, frozen at 0508a87), `blind165` (`test/faults-blind165`, frozen at 47d7ae3) and `blind166` (`test/faults-blind166`, frozen at d0ea795) were measured blind once at 80443c9 (their READMEs) and are development sets too.
 * `blind167` (`test/faults-blind167`, frozen at 0410fc3; a stray npm-warning file, no spec, removed when it was wired in), `blind168` (`test/faults-blind168`, frozen at 55a7f5d), `blind169` (`test/faults-blind169`, frozen at baabc80) and `blind170` (`test/faults-blind170`, frozen at 91bac5e) were measured blind once at 93a603b (their READMEs) and are development sets too.
 * `blind171` (`test/faults-blind171`, frozen at 2e7f7ab), `blind172` (`test/faults-blind172`, frozen at e78dfe0), `blind173` (`test/faults-blind173`, frozen at 583f7bf) and `blind174` (`test/faults-blind174`, frozen at b9830e9) were measured blind once at 0cf8d36 (their READMEs) and are development sets too.
 * `blind175` (`test/faults-blind175`, frozen at 51826f9), `blind176` (`test/faults-blind176`, frozen at fdc3665), `blind177` (`test/faults-blind177`, frozen at 1bb2fe5; an unused helper in its data generator removed at 8b7699e for tsc) and `blind178` (`test/faults-blind178`, frozen at de649ca) were measured blind once at a0770b5 (their READMEs) and are development sets too.
 * `blind179` (`test/faults-blind179`, frozen at 8acc407), `blind180` (`test/faults-blind180`, frozen at 9f964bf), `blind181` (`test/faults-blind181`, frozen at e910b54) and `blind182` (`test/faults-blind182`, frozen at 6eaa9d8) were measured blind once at d102583 (their READMEs) and are development sets too.
 * `blind183` (`test/faults-blind183`, frozen at 8a61756), `blind184` (`test/faults-blind184`, frozen at 7c7bb0c), `blind185` (`test/faults-blind185`, frozen at 6832aa3) and `blind186` (`test/faults-blind186`, frozen at bfacb60) were measured blind once at d690f41 (their READMEs) and are development sets too.
 * `blind187` (`test/faults-blind187`, frozen at fac7a19), `blind188` (`test/faults-blind188`, frozen at 16543f4), `blind189` (`test/faults-blind189`, frozen at ed3a83f) and `blind190` (`test/faults-blind190`, frozen at 9675e42) were measured blind once at 6d1d27b (their READMEs) and are development sets too.
 * `blind191` (`test/faults-blind191`, frozen at 61d7a58), `blind192` (`test/faults-blind192`, frozen at 468822d), `blind193` (`test/faults-blind193`, frozen at d0be4d5) and `blind194` (`test/faults-blind194`, frozen at 9a5888d) were measured blind once at b3a314f (their READMEs) and are development sets too.
 * `blind195` (`test/faults-blind195`, frozen at b716aad), `blind196` (`test/faults-blind196`, frozen at 2d13122), `blind197` (`test/faults-blind197`, frozen at 7d05d2a) and `blind198` (`test/faults-blind198`, frozen at b085f39) were measured blind once at 3f1b4d3 (their READMEs) and are development sets too.
 * `blind199` (`test/faults-blind199`, frozen at 8b1dc59), `blind200` (`test/faults-blind200`, frozen at 5252a73), `blind201` (`test/faults-blind201`, frozen at 1d5d49e) and `blind202` (`test/faults-blind202`, frozen at 15595db) were measured blind once at 53a10e4 (their READMEs) and are development sets too.
 * `blind203` (`test/faults-blind203`, frozen at 50f5fe5), `blind204` (`test/faults-blind204`, frozen at 9a42dd4), `blind205` (`test/faults-blind205`, frozen at 10ec9b2) and `blind206` (`test/faults-blind206`, frozen at 6293bd2) were measured blind once at 49f4ea8 (their READMEs) and are development sets too.
 * `blind207` (`test/faults-blind207`, frozen at 3081f77), `blind208` (`test/faults-blind208`, frozen at 0d553a1), `blind209` (`test/faults-blind209`, frozen at 73223a5) and `blind210` (`test/faults-blind210`, frozen at 58f6686; its writer read the settings' defaults in package.json first, so it is not fully blind) were measured blind once at f72535b (their READMEs) and are development sets too.
 * `blind211` (`test/faults-blind211`, frozen at a0952e2), `blind212` (`test/faults-blind212`, frozen at 1a9dd99), `blind213` (`test/faults-blind213`, frozen at 91977c7; its writer saw the README's code table by accident, so it is not fully blind) and `blind214` (`test/faults-blind214`, frozen at c64ed22) were measured blind once at bd04670 (their READMEs) and are development sets too.
 * `blind215` (`test/faults-blind215`, frozen at 8051b3d; 4041927 only fixed a type in its author.ts), `blind216` (`test/faults-blind216`, frozen at 47b8364), `blind217` (`test/faults-blind217`, frozen at e239291) and `blind218` (`test/faults-blind218`, frozen at 71d6f34) were measured blind once at 85ff180 (their READMEs) and are development sets too.
 * `blind219` (`test/faults-blind219`, frozen at 61570c6), `blind220` (`test/faults-blind220`, frozen at 78dfb03), `blind221` (`test/faults-blind221`, frozen at 99bf6bc) and `blind222` (`test/faults-blind222`, frozen at 6d246c6) were measured blind once at 1b8ce19 (their READMEs) and are development sets too.
 * `blind223` (`test/faults-blind223`, frozen at 9c5686d), `blind224` (`test/faults-blind224`, frozen at d869f52), `blind225` (`test/faults-blind225`, frozen at 3495603) and `blind226` (`test/faults-blind226`, frozen at cecc63f) were measured blind once at 6a4b603 (their READMEs) and are development sets too.
 * `blind227` (`test/faults-blind227`, frozen at d8937fc), `blind228` (`test/faults-blind228`, frozen at c1f4cf5), `blind229` (`test/faults-blind229`, frozen at f1e9e8f) and `blind230` (`test/faults-blind230`, frozen at c1955eb) were measured blind once at 306ba3e (their READMEs) and are development sets too.
 * `blind231` (`test/faults-blind231`, frozen at 822262c), `blind232` (`test/faults-blind232`, frozen at 5b972a8), `blind233` (`test/faults-blind233`, frozen at 381b410; its writer read the README's code table by accident, so it is not fully blind) and `blind234` (`test/faults-blind234`, frozen at d5d6ed1) were measured blind once at 8c0e91f (their READMEs) and are development sets too.
 * `blind235` (`test/faults-blind235`, frozen at a0b0edc), `blind236` (`test/faults-blind236`, frozen at aeb2862), `blind237` (`test/faults-blind237`, frozen at bea4d9b) and `blind238` (`test/faults-blind238`, frozen at 3a08f6b) were measured blind once at 2362fb1 (their READMEs) and are development sets too.
 * `blind239` (`test/faults-blind239`, frozen at 8492455), `blind240` (`test/faults-blind240`, frozen at f0c68f4), `blind241` (`test/faults-blind241`, frozen at 8e2cb69) and `blind242` (`test/faults-blind242`, frozen at 0a0d596) were measured blind once at 6c4d83b (their READMEs) and are development sets too.
 * `blind243` (`test/faults-blind243`, frozen at 3d5f01f), `blind244` (`test/faults-blind244`, frozen at a4d1515), `blind245` (`test/faults-blind245`, frozen at f3a469d) and `blind246` (`test/faults-blind246`, frozen at 54897e1) were measured blind once at e67506b (their READMEs) and are development sets too.
 * `blind247` (`test/faults-blind247`, frozen at e4d042f), `blind248` (`test/faults-blind248`, frozen at efe191d), `blind249` (`test/faults-blind249`, frozen at 02042c1) and `blind250` (`test/faults-blind250`, frozen at 901227d) were measured blind once at 39866e3 (their READMEs) and are development sets too.
 * `blind251` (`test/faults-blind251`, frozen at d63ef73), `blind252` (`test/faults-blind252`, frozen at bb1365b), `blind253` (`test/faults-blind253`, frozen at 067a2cb) and `blind254` (`test/faults-blind254`, frozen at 059e005) were measured blind once at 4bd5969 (their READMEs) and are development sets too.
 * `blind255` (`test/faults-blind255`, frozen at 79e5510), `blind256` (`test/faults-blind256`, frozen at cd5c926), `blind257` (`test/faults-blind257`, frozen at 6fee111) and `blind258` (`test/faults-blind258`, frozen at 386e1d3) were measured blind once at 6ba7ff8 (their READMEs) and are development sets too.
 * `blind259` (`test/faults-blind259`, frozen at 97cd114), `blind260` (`test/faults-blind260`, frozen at 2911eaf), `blind261` (`test/faults-blind261`, frozen at 988cd46) and `blind262` (`test/faults-blind262`, frozen at 5ad4755) were measured blind once at 53a13f6 (their READMEs) and are development sets too.
 * `blind263` (`test/faults-blind263`, frozen at 1952d6a), `blind264` (`test/faults-blind264`, frozen at de9e8b7), `blind265` (`test/faults-blind265`, frozen at 0dbea42) and `blind266` (`test/faults-blind266`, frozen at 8c2d2c8) were measured blind once at 53a13f6 too (their READMEs) and are development sets.
 * `blind267` (`test/faults-blind267`, frozen at 698a7d9), `blind268` (`test/faults-blind268`, frozen at 8f2dba8), `blind269` (`test/faults-blind269`, frozen at 9678665) and `blind270` (`test/faults-blind270`, frozen at 9212307) were measured blind once at 44619fc (their READMEs) and are development sets too.
 * `blind271` (`test/faults-blind271`, frozen at d4ba8ef), `blind272` (`test/faults-blind272`, frozen at 40568c6), `blind273` (`test/faults-blind273`, frozen at fbdc383) and `blind274` (`test/faults-blind274`, frozen at 7a97b4f) were measured blind once at f2f5b88 (their READMEs) and are development sets too.
 * `blind275` (`test/faults-blind275`, frozen at dc5df9d), `blind276` (`test/faults-blind276`, frozen at 347d0c9), `blind277` (`test/faults-blind277`, frozen at 46585f7) and `blind278` (`test/faults-blind278`, frozen at 8b751f3) were measured blind once at cd3f50a (their READMEs) and are development sets too.
 * `blind279` (`test/faults-blind279`, frozen at 59a22eb), `blind280` (`test/faults-blind280`, frozen at 728c4ab), `blind281` (`test/faults-blind281`, frozen at 6ed6781) and `blind282` (`test/faults-blind282`, frozen at c157b2c) were measured blind once at 1416ae9 (their READMEs) and are development sets too.
 * `blind283` (`test/faults-blind283`, frozen at a1e8e82), `blind284` (`test/faults-blind284`, frozen at ded9fa2), `blind285` (`test/faults-blind285`, frozen at 959ac7d) and `blind286` (`test/faults-blind286`, frozen at bb4e3c2) were measured blind once at c2ebb83 (their READMEs) and are development sets too.
 * `blind287` (`test/faults-blind287`, frozen at f66a4b0), `blind288` (`test/faults-blind288`, frozen at 71376b2), `blind289` (`test/faults-blind289`, frozen at 5c01b8b) and `blind290` (`test/faults-blind290`, frozen at 88f979c) were measured blind once at ba7d5c3 (their READMEs) and are development sets too.
 * `blind291` (`test/faults-blind291`, frozen at 398bd01), `blind292` (`test/faults-blind292`, frozen at 5aadbd1), `blind293` (`test/faults-blind293`, frozen at 72c9350) and `blind294` (`test/faults-blind294`, frozen at b78a847) were measured blind once at 14f783f (their READMEs) and are development sets too.
 * `blind295` (`test/faults-blind295`, frozen at 3a74505), `blind296` (`test/faults-blind296`, frozen at 763bb1c), `blind297` (`test/faults-blind297`, frozen at 8ff342c) and `blind298` (`test/faults-blind298`, frozen at 2055100) were measured blind once at 8f90dd5 (their READMEs) and are development sets too.
 * `blind299` (`test/faults-blind299`, frozen at add3d08), `blind300` (`test/faults-blind300`, frozen at 80b9d8b), `blind301` (`test/faults-blind301`, frozen at 01bcd5c) and `blind302` (`test/faults-blind302`, frozen at 0a3f850) were measured blind once at 365ae34 (their READMEs) and are development sets too.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec, CheckContext, CheckResult } from '../../src/diagnosis/check';
import type { DiagnosticCode } from '../../src/spec/types';

/** A numbered blind set: `blind4` (`test/faults-blind4`) and on. */
export type BlindSet = `blind${number}`;

/** A fault set: `dev` was used to choose thresholds; `heldout`, `final` and the numbered blind sets were written blind, measured, then used too. */
export type CorpusSet = 'dev' | 'heldout' | 'final' | BlindSet;

/** The numbered blind sets `blind<from>` to `blind<to>`, in order. */
export function blindSets(from: number, to: number): BlindSet[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i): BlindSet => `blind${from + i}`);
}

/** The sets run by default (and by `--set both`), development first; `final` only when named. */
export const CORPUS_SETS: readonly CorpusSet[] = ['dev', 'heldout'];

/** The last blind set measured and since a development set; the next one written goes in `MEASUREMENT_SETS` first. */
export const LAST_DEVELOPMENT_BLIND_SET = 302;

/** Every set tools may iterate: all have been measured blind once (dev excepted) and are development sets now. */
export const ALL_CORPUS_SETS: readonly CorpusSet[] = ['dev', 'heldout', 'final', ...blindSets(4, LAST_DEVELOPMENT_BLIND_SET)];

/** Sets kept for the measurement alone (run only when named, never iterated by other tools). */
export const MEASUREMENT_SETS: readonly CorpusSet[] = [];

/** Whether `name` is a set `bench/faults.ts --set` runs: a development set or one awaiting its measurement. */
export function isCorpusSet(name: string): name is CorpusSet {
  return [...ALL_CORPUS_SETS, ...MEASUREMENT_SETS].includes(name as CorpusSet);
}

/** A set's folder (`test/faults` for `dev`, `test/faults-<set>` otherwise); its manifest's paths are relative to it. */
export function corpusDir(set: CorpusSet): string {
  return set === 'dev' ? __dirname : path.resolve(__dirname, `../faults-${set}`);
}

/** The folder of the development corpus. */
export const CORPUS_DIR = corpusDir('dev');

/** The repository root: the workspace root that the corpus's CSV paths must stay inside. */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/** Where a fault should first be caught: the static check, the edit-time probe, or training. */
export type Stage = 'static' | 'probe' | 'training';

/** The stages in the order a user meets them. */
export const STAGES: readonly Stage[] = ['static', 'probe', 'training'];

/** One faulty spec and what counts as catching it. */
export interface FaultEntry {
  /** Path of the spec, relative to the corpus folder. */
  file: string;
  /** The code the fault was written for. */
  code: DiagnosticCode;
  /** The real-world bug it models. */
  fault: string;
  /** The earliest stage that should catch it. */
  stage: Stage;
  /** Codes that count as catching it: the fault's own code and any whose advice fixes it too. */
  catches: DiagnosticCode[];
  /** Its detector did not exist when the fault was written: tests do not hold it to being caught. */
  pendingDetector?: boolean;
}

/** One healthy spec: it must draw no warning or error anywhere. */
export interface HealthyEntry {
  file: string;
  /** What the spec exercises (data, activations, optimizer, loss, layers). */
  covers: string;
}

/** The whole manifest. */
export interface FaultManifest {
  about: string;
  faults: FaultEntry[];
  healthy: HealthyEntry[];
}

/** Reads a set's `manifest.json`. Shapes are checked by the corpus unit test, not here. */
export function loadManifest(set: CorpusSet = 'dev'): FaultManifest {
  return JSON.parse(fs.readFileSync(path.join(corpusDir(set), 'manifest.json'), 'utf8')) as FaultManifest;
}

/** Every spec of a set, healthy ones first, each with its fault's code or `healthy`: what the survey tools iterate. */
export function corpusSpecs(set: CorpusSet = 'dev'): { file: string; code: string }[] {
  const manifest = loadManifest(set);
  return [...manifest.healthy.map((h) => ({ file: h.file, code: 'healthy' })), ...manifest.faults.map((f) => ({ file: f.file, code: f.code as string }))];
}

/** Absolute path of a manifest entry's spec. */
export function corpusPath(file: string, set: CorpusSet = 'dev'): string {
  return path.join(corpusDir(set), file);
}

/** Where a corpus spec lives, as the editor, the CLI and the benchmark pass it to the probe (its advice trials and rate check rebuild the spec). */
export function corpusContext(file: string, set: CorpusSet = 'dev'): CheckContext {
  return { specDir: path.dirname(corpusPath(file, set)), workspaceRoot: REPO_ROOT };
}

/** Reads and checks a corpus spec as `nn-debugger check` would, with the repo as workspace root. */
export function checkCorpusSpec(file: string, set: CorpusSet = 'dev'): CheckResult {
  const absolute = corpusPath(file, set);
  return checkSpec(fs.readFileSync(absolute, 'utf8'), {
    specDir: path.dirname(absolute),
    workspaceRoot: REPO_ROOT,
    defaultName: path.basename(absolute, '.nn.json'),
  });
}
