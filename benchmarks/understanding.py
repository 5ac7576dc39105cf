"""How well the deterministic parser understands edit requests: exact-match accuracy per operation.

    python3 benchmarks/understanding.py [--failures] [--data benchmarks/data/requests.jsonl]

Each request in the evaluation set has its expected operations (with parameters), export request,
or the expectation of one question (ambiguous) or a plain refusal (impossible). A request counts as
correct when the plan matches exactly: the same operations with the same parameters (defaults filled
in by the schemas), or - when the parser wrote an equivalent form, e.g. a head cut as `trim` rather
than `remove_range` from 0 - operations that give the identical draft when applied; plus the same
export request, question and refusal. Accuracy is reported per expected operation and overall.

Rows carry a `split`, in the order they were written:
- "tuning": written before the parser was tuned; the parser was then tuned on them
  (the untuned parser scored 90.5% on the first 275). Ids 91001-91030 are rows for fixes of known
  misreadings (which end loses its dead air, loops, face crops, holdout8's classes); ids 91031-91109 are
  79 rows (en + zh) paraphrased from public issue threads, manuals and tutorials (each row's `source`)
  for classes suspected weak, scored once before the fixes they then prompted: 67.1 % (53/79).
- "holdout" .. "holdout4": each written after the previous fixes and scored once, blind
  (81.1%, 83.6%, 85.0%, 80.0%), then used for generic fixes - their scores now are optimistic.
- "holdout5": written after those, scored once blind (79.4%), then used for generic fixes.
- "holdout6": 80 requests (60 English, 20 Chinese) written last, before reading the parser's rules;
  scored once blind at 83.8% (67/80) - the honest estimate for phrasings the parser has not seen
  (roughly 4 in 5 understood exactly) - then used for generic fixes, so its score now is optimistic too.
  The next blind set should be written before the next round of fixes.
- "holdout7": 376 requests (239 English, 137 Chinese; 25 more were dropped as duplicates of earlier rows)
  written by two helpers who saw only the operation table of docs/operations.md (without the parser's
  reading rules) and a description of real users, with phrasings harvested from public Q&A pages, issue
  threads and tutorials (each row's `source`; `category` says which class it tests). Scored once, blind,
  against the parser of commit a042f07 before any fix: 57.4 % (216/376; English 59.8 %, Chinese 53.3 %;
  0/44 questions and advice answered - that parser had no answer path - 23/33 clarifying questions,
  17/24 refusals), and 24 rows whose plan left a shorter programme than the expected plan (destructive
  or speed misreadings, e.g. "trim the beginning by 1.5s and the end by 500ms" kept 0.5 s).
  The resolver that replaced the ordered rule list (commit 9745aca, landed before holdout7 was read, every
  earlier row passing) scored 59.0 % (222/376) on it; holdout7 was then used for generic fixes (answers,
  target lengths, ranges, units, text content and timing, parts, negation, corrections), so its score now
  is optimistic too. The next blind set should be scored before any fix made with it.
- "holdout8": 318 requests (187 English, 131 Chinese; 34 more dropped as duplicates of earlier rows),
  written after the resolver's holdout7 fixes by two new helpers under the same rules (benchmarks/data/
  blind-brief.md: only the operation table and a description of real users; sources from Q&A pages,
  issue threads of video tools, tutorials). Scored once, blind, against main at a55348f (the resolver's
  last landing, fbc1cb7, included): 78.0 % (248/318; English 81.8 %, Chinese 72.5 %; answers 29/36,
  clarifying questions 14/15, refusals 13/22), with 6 destructive misreadings (e.g. "keep everything but
  the last 4 sec" kept only the last 4 s; "shave 1.5 sec off the start and half a second off the end"
  cut 1 s off the end). This is the honest figure for phrasings the planner had not seen. holdout8 was
  then used for generic fixes (inversion after "everything but", "half a second", negation with
  "without", refusals with alternatives, purpose clauses, answers about effects, more range and length
  phrasings), so its score now is optimistic too; no set has a destructive misreading left.

- "holdout9": 264 requests (162 English, 102 Chinese; 46 more dropped as duplicates of earlier rows),
  written after the holdout8 fixes by two new helpers under the same rules (benchmarks/data/blind-brief.md).
  Scored once, blind, against main at 0dee22e (resolver as of 3b9ee27): 76.1 % (201/264; English 79.6 %,
  Chinese 70.6 %; answers 21/22, clarifying questions 14/15, refusals 11/16; target lengths 4/15), with 8
  rows flagged destructive, 5 of them real ("有段静音的别删哈，就把bgm调小到20%" removed the pauses;
  "开头结尾那些没说话的空白去掉" removed every pause; "剪掉前5秒…算了还是剪3秒吧" cut 5 s; "delete the first
  clip and move the last one to the start" also cut 1 s off the end; "帮我剪辑一下，裁剪拼凑那种" trimmed
  dead air instead of asking)
  and 3 where the plan asked or added less than expected. The blind figure did not rise from holdout8's:
  each set still finds a long tail of new phrasings. holdout9 was then used for generic fixes of its
  destructive classes (a thing said first and then kept, "the last one" as a clip, a correction that
  repeats its verb, the ends of a recording in more words, a bare "edit it" next to words not understood),
  which left no destructive misreading in any set, and of its target lengths ("i need this to be 15
  seconds", "把视频弄成15秒的", "make it 30 seconds by speeding it up"); its score now is optimistic.
- "holdout10": 298 requests (191 English, 107 Chinese; 12 more dropped as duplicates), written after those
  fixes by two new helpers under the same rules, told not to reuse the brief's examples. Scored once,
  blind, against main at 5804f7b: 75.2 % (224/298; English 78.5 %, Chinese 69.2 %), with 11 rows flagged
  destructive, most of them real ("cut the saturation to half" kept the first 30 s; "前三秒不要 后面的全都
  保留" kept only the first 3 s; "stop the video at 0:07 for 3 seconds then keep playing" kept the first
  7 s; "drop the last clip to the front" deleted it; "take 3 sec off the end—sorry no, the start" cut the
  end). Three blind sets in a row (78.0 %, 76.1 %, 75.2 %) say the same thing: fixes made with one set
  do not lift the next set's blind figure; a rule-based reader meets a long tail of new phrasings.
  holdout10 was then used for generic fixes of its destructive classes (a property "cut to half" is an
  amount, "the rest stays", a stop that plays on is a freeze, "drop … to the front" is a move, an end
  corrected after "sorry no", ends kept out of pause removal, a search that stops at the next edit,
  fillers said to stay, clips listed by bare names or placed without a verb), which left none in any
  set, and of a few ends, lengths and numbers in more words (头 / 尾巴, 减掉, "halve the length", "take
  b.mp4 out", ".75x", "最后一个片段"); its score now (80.9 %, 241/298) is optimistic.
- "tune": ids 91115 and up (109 rows, en + zh), written for issue 9's generalisation round: for each class
  of miss left in holdout9 and holdout10, 5-10 new variants not seen in any set (some paraphrased from
  public pages, each row's `source`), written before or with the fix of that class, so a fix is tested
  beyond the row that showed it. The classes and their mechanisms: clock-like Chinese times ("1分05到1分20")
  and "X之前/之后的全切了" (timeparse/normalize, cutting); a reading across clauses gives way where one clause
  is declined, and a request that only declines is answered (resolver, semantics); text after a colon or a
  writing verb kept as written ("加个标题：我的第一支vlog", "最后5秒打上 谢谢观看"); colour values said after
  the change ("亮度调高0.2", "(+0.1)"), yellow = #FFFF00; refusals for burnt-in subtitles, single sounds,
  beauty filters, backgrounds, number plates, watermarks and publish destinations named by platform (also
  said across clauses); questions that start with is/does, "which one …?", "…还是…啊？"; redo and frame
  export in more words; fades said in other words (one table); a verb's particle after its object ("take
  the music out"); amounts in words (full/half/a quarter volume, 降到一半); both ends in one sentence
  ("结尾再剪掉…", "and 2 from the end", "a second and a half"); target lengths with a reason or a chosen end;
  shares in words for the guard; a search of the speech with its verb after the topic or a quoted topic;
  subtitles said not to be burnt in; a vague change of the subtitles or a swap of the only song asks; a
  background colour for a new shape. These rows pass because they were written with the fixes: they are
  not a blind figure.
  Post-fix (not blind) after that round: holdout9 94.7 % (250/264, from 84.8 %), holdout10 94.6 %
  (282/298, from 80.9 %), holdout8 98.1 % (312/318), holdout7 98.7 % (371/376), tuning 99.3 % (401/404;
  two rows written with yellow = #FFD700 now read #FFFF00), holdout3 98.3 % (59/60, the same yellow), the
  other older sets 100 %; overall 97.9 % (2143/2188; English 98.2 %, Chinese 97.4 %); no destructive
  misreading in any set. Whether this generalises is measured only by the next blind set (holdout11),
  scored once before any fix made with it.
- "holdout11": 310 requests (200 English, 110 Chinese; 178 with a public source), written by a new helper
  under the same rules (only the operation table and the user brief; told not to reuse or paraphrase the
  brief's examples). Scored once, blind, against main at 3974d27, before that generalisation round
  landed: 82.6 % (256/310; English 84.0 %, Chinese 80.0 %), 6 rows flagged destructive. The same rows
  scored again after the round (c4f5ed0), which never saw them: 85.2 % (264/310; English 86.0 %, Chinese
  83.6 %), 7 flagged destructive. So the round lifted a set it had not seen by 2.6 points, and the blind
  figure rose from 75-78 % (holdout8-10) to 82.6 %; the aim (92 %) is not met.
  holdout11 was then used for generic fixes of its destructive classes, each with new variant rows (split
  "tune", ids 91224 and up): a number taken back with no verb ("… wait no, 3", "……算了，删前5秒"); the last
  or first seconds of a fade are the fade's, not a second cut ("cut 3 s off the start and fade out the last
  2s" had also cut 2 s off the end); 剪(辑)一下 alone asks; a thing removed from inside a clip ("the
  watermark from c.mp4") is not the clip; text after a colon keeps its times before it ("text from 0:30 to
  0:40: cut here") and the words as typed (emoji, "Science" not the typo fixer's "silence"); "clip from A
  to B" and "that's the part i want" keep; clips named after an earlier move or deletion in the same
  request are found where that left them. Then its other classes, the same way: "back to normal speed" /
  "恢复正常速度" is 1× (the speed named is the one taken away), 放慢/加快一倍, a clip named by its file is the
  clip sped, a part sped with "leave the rest normal", lengths as a version ("an 8-second version for the
  bumper") or with "pls its for …" before the reason, a cut / edit point is a split, steady noise named by
  its source ("a fan humming … clean that up"), "auto fix the exposure/levels", frame interpolation and
  配个音 refused, a platform said after the edit ("弄成30秒的，发朋友圈") is what it is for; the typo fixer
  leaves "normal" and "contest" alone. Then: 掐掉 is a cut verb; "其他都留着" keeps the rest; a thing named
  and then said not to be added ("字幕别加了", "音乐不要加" - these were added before) or left alone
  ("速度别动") is not done; "所有声音都关掉" mutes all; 清掉 / 拿掉 remove text; "delete what you just did"
  undoes; "flip it 180" rotates; "别循环播放" does not loop; "第10秒…，显示5秒" starts at 10 s; a fade's
  length after a comma; "+0.2 brightness" before the property; an edit said in the past names a version
  ("restore v2, the one before i added music" had also added music); a transition with one clip on the
  timeline and none named asks; "the silence at the very start" stays; "join clip.mp4 and c.mp4, c first"
  puts c first; a new video for a platform about something ("帮我做个卖水果的抖音短视频") asks what it
  should show instead of reframing; a lead-in ("quick q -", "question:") before a question; "gifs". Post-fix
  (not blind): holdout11 97.7 % (303/310), no destructive misreading in any set; holdout9 95.5 % (252/264),
  holdout10 94.6 % (282/298), holdout8 98.1 % (312/318), holdout7 98.7 % (371/376), tuning 99.3 % (401/404),
  holdout3 98.3 %, the other older sets 100 %; tune 182/182; overall 98.1 % (2521/2571; English 98.3 %,
  Chinese 97.5 %). Of holdout11's 7 misses left, 4 expect filler removal to take out repeated words too
  ("trim out the ums and uhs"), which the request did not ask for (the planner removes only the fillers
  named): those expectations are questionable, not the reading. As with every set before it, these post-fix
  figures are optimistic; only the next blind set measures whether the fixes generalise.
- "holdout12": 289 requests (184 English, 105 Chinese; 170 with a public source) of 310 written by a new
  helper under the same rules (only the operation table and the user brief, told to base rows on searched
  public phrasings and not to reuse the brief's examples); 21 rows repeated an earlier set's text word for
  word and were dropped. Scored once, blind, against main at 6efcc51 (holdout11's fixes in, nothing made
  with this set): 75.4 % (218/289; English 73.9 %, Chinese 78.1 %), 5 rows flagged destructive. So the
  blind figure fell back from holdout11's 82.6 % to the 75-78 % of holdout8-10: the fixes of one set
  generalise only partly to the next. The misses were then used for generic fixes (split "tune" variants).
  Post-fix (not blind), after three helpers fixed holdout12's classes (and older known classes) with 272
  new variant rows: holdout12 97.9 % (283/289), no destructive misreading in any set.
- "holdout13": 287 requests (184 English, 103 Chinese; 159 with a public source) of 310 written by another
  helper at the same time as holdout12, under the same rules but other personas and sources, and kept
  sealed: nobody who changed the planner saw it. 23 rows repeated an earlier text and were dropped. Scored
  once, blind, against main at 0c37947, after the holdout12 round: 85.0 % (244/287; English 81.5 %,
  Chinese 91.3 %), 4 rows flagged destructive ("put SUMMER SALE 40% OFF in red at the top from 0:03 to
  0:08" removed 0:03-0:08; "trim my lecture from 0:04 to 0:52" removed what "trim my video from ..."
  keeps; "trim the music so it fades out over the last 3 secs" cut 3 s; "结尾剪成黑屏，淡出2秒" trimmed dead
  air). The best blind figure so far (holdout8-12: 75-83 %), and still short of the 92 % aim.
  holdout13 was then used for generic fixes (those 4 classes first, then taken-back edits, speeds from a
  time on, the part between two splits, a deletion then a transition between the rest, text looks said
  bare, descriptions of the part cut, clips named by a bare letter, a file said to go not joined), each
  with written variant rows (ids 93001-93195, split "tune"),
  so its score now is optimistic too; no destructive misreading is left in it.
- "holdout14": 310 requests (200 English, 110 Chinese; 148 with a public source) written at the start of
  session 20 by a new helper under the same rules (only the operation table without the parser section,
  and the user brief), leaning on lecture/screen-recording teachers, students, podcasters, gamers and
  small shops, from ffmpeg Q&A, editing-tool issue threads and Chinese how-to pages. Rows that repeated an
  earlier text were reworded by the writer until none did. Scored once, blind, against main at c22e636
  (holdout13's round in, nothing made with this set): 85.5 % (265/310; English 83.0 %, Chinese 90.0 %),
  4 rows flagged destructive ("trim the end a bit" cut; "remove the silences but dont touch the silence
  at the very beginning" removed the intro's silence; "cut the part where i talk about pricing" cut a
  guessed part; "remove the first 10 s of b.mp4" cut the programme's first 10 s).
- "holdout15": 309 requests (199 English, 110 Chinese; 151 with a public source) of 310 written by another
  helper at the same moment as holdout14, under the same rules with other personas (parents, wedding and
  event videographers, coaches, journalists, travel/fitness/cooking creators, Chinese e-commerce sellers,
  people prompting AI assistants) and sources (CapCut/剪映/Descript/iMovie help, AI video prompt pages), and
  kept sealed: nobody who changed the planner saw it. One row repeated a holdout14 text and was dropped.
  Scored once, blind, against main at 1adb8e7, after the whole holdout14 round and the probe fixes of
  session 20: 88.0 % (272/309; English 85.4 %, Chinese 92.7 %), 5 rows flagged destructive (a question about
  filler removers removed fillers; "mute just 0:20 to 0:25" cut it; "make it black & white, it's for the
  memorial slideshow"; "make it a third shorter"; "从第40秒开始到结尾都不要了" removed more
  than from 0:40). The best blind figure so far, short of 92 %.
- "tune" ids 94001-94036: variants of seven classes found by probing (in no blind set when written,
  though two probe texts turned out to be holdout14 rows), written with their fixes: a clip said to go
  while others are named to join (never an empty timeline), clips said to go by a bare letter or listed
  together, a mute declined beside a level change, the music said to stay and then turned down, a music
  fade's length said apart, "this one" with several clips asked about, a bare letter after a speed verb.
  Each row's `source` names its class. Not a blind figure.
- "tune" ids 95001-95038: variants of holdout15's destructive and answer classes, written with their fixes
  (holdout15 is then no longer blind): a range said for a part-mute is refused with the alternatives
  (cut that part, or mute the whole clip), never read as a cut; where the video goes ("it's for the
  memorial slideshow") is a reason, not a slideshow to make; a share said as what goes ("a third shorter",
  "by 25%", 缩短三分之一) keeps the rest; "从第40秒开始到结尾 / 都不要" removes from there on, never the
  first 40 s; a question about a tool, a feature or what people do is answered even when it names an
  operation, and "just asking" / "just advice, don't edit" / 够不够 mark a question; a level cut "by 20%"
  (音量减少20%) is lowered by that much.
- "holdout18": 310 requests (200 English, 110 Chinese; 119 with a public source) written at the start of
  session 21 by a new helper shown only the operation table and the user brief, with new personas
  (real-estate agents, church and nonprofit volunteers, corporate trainers, language teachers, bands,
  researchers, Twitch streamers; 知乎 / 小红书 / 快手 users, 微课 teachers) and sources (editor forums,
  Super User and ffmpeg Q&A, 百度经验 / 剪映 pages). 45 rows repeated an earlier text and were reworded by
  a second helper that saw only those rows. Scored once, blind, against main at c817f2a: 80.6 %
  (250/310; English 79.0 %, Chinese 83.6 %), 6 rows flagged destructive ("trim it" trimmed dead air; "i
  only want to lose the opening 4 sec, the rest stays exactly as is"; a cut taken back for a fade; "make
  it black and white and slow it down to half speed for the memorial slideshow" kept 0-30 s; "片头加
  photo1.jpg 停2秒" asked; a three-clip join joined two).
- "holdout19": 310 requests (200 English, 110 Chinese; 143 with a public source) written at the same moment
  as holdout18 by another helper under the same rules with other personas (grandparents, sports kids,
  recipe / pet / unboxing / dance creators, tour guides; 宠物 / 美食 博主, 带货主播, 中老年 快影 / 必剪 users)
  and sources (Apple Community, Clipchamp / Canva / VEED / Kapwing help, prompt collections, 百度知道 /
  快影 / 必剪 pages); 25 rows that repeated an earlier text were reworded by a helper that saw only those
  rows. Kept sealed: nobody who changed the planner saw it. Scored once, blind, against main at 36da742,
  after the whole holdout18 round: 87.1 % (270/310; English 87.5 %, Chinese 86.4 %), 2 rows flagged
  destructive ("only trim the silence at the START, the ending is fine" trimmed both ends; "remove
  fillers + silences then trim to 30 sec" kept the first 30 s before the cuts instead of after).
- "holdout22": 310 requests (200 English, 110 Chinese; 140 with a public source) written at the start of
  session 22 by a new helper shown only the operation table and the user brief, with new personas (wedding
  and event videographers, cafés / salons / gyms, fitness coaches, gamers, podcasters, nonprofit
  volunteers, parents; B站 UP主, 健身博主, 婚礼跟拍, 小学老师, 旅行vlog, 剪映 新手). Its validator refused
  any text already in an earlier set, so none had to be reworded. Scored once, blind, against main at
  6634c04: 85.2 % (264/310; English 83.5 %, Chinese 88.2 %), 4 rows flagged destructive ("should i cut
  out every single um … or does that make it sound robotic" removed the fillers; "lose the last 2 sec…
  nah keep em, just fade to black" kept the cut; "kill the gap between b and c with a crossfade" and
  把前后没说话的空白剪掉 removed more than the ends' dead air).
- "tune" ids 97201-97285: variants of holdout22's edit classes, written with their fixes (each row's `source`
  names the class): "'em" after a verb is "them" (so "nah keep em" takes the cut back); a gap between two
  clips closed with a transition is the join (no pause removed, no clip deleted); both ends' dead air in
  more words (前后没说话的空白, "before i start talking and after"); a time or a range taken back in the same
  breath ("… no, at 0:50", "……不对，在0分45秒", "0:10 to 0:20, no wait, 0:15 to 0:25"; the number fixer
  leaves clock times alone); a bare keep after a take-back marker takes the edit back ("mute from 0:10…
  actually no, keep the sound" had kept only from 0:10); the rest said untouched (别的不动); 后半段 / "the
  part after it" after one split; "clip 1 and 2" lists; a clip that should open / close the video moves;
  a bare factor after a speed verb ("slow the last clip to 0.75"); 切成 a shape crops; "like the ones on
  tiktok" is a look; "give me a 720p mp4" exports; "don't let it loop"; a song or a beat talked about is
  not added; half of a colour property taken away; a plus between edits; a transition said of "them"
  after a swap; "change the title to: X" (and words ending in "end" keep it); a bare length after a
  title's words (", 5 seconds", 放5秒); a clause said "instead" takes back the one before it.
- "holdout23": 306 requests (198 English, 108 Chinese; 112 with a public source) written at the same moment
  as holdout22 by another helper under the same rules with other personas (journalists and newsroom
  social teams, webinar organisers, physiotherapists, indie film makers, car vloggers, ASMR and craft
  creators, internal comms; 汽车博主, 母婴博主, 三农博主, 企业宣传片, 网课老师, 快手 users); 4 more were
  dropped because rows added during the session had the same text. Kept sealed while holdout22 was
  fixed and while four more helpers probed new phrasings (262 tune rows); scored once, blind, against
  main at 1a5bd41: 81.0 % (248/306; English 81.3 %, Chinese 80.6 %), 3 rows flagged destructive ("cut
  the part where he talks about the merger, legal said no" with no transcript; "put photo1.jpg before
  the video as an opening card, 4 sec"; 只要第12秒之后的).
- "holdout24": 310 requests (200 English, 110 Chinese; 114 with a public source) written at the start of
  session 23 by a new helper under the same rules (the validator refused texts already in the file) with
  new personas (beauty creators, action-cam skaters, LinkedIn coaches, museum and library outreach,
  fundraisers, cover musicians, gardeners; 美妆博主, 旅行vlog, 读书博主, 宠物店, 非遗手艺人, 抖音带货).
  Scored once, blind, against main at c785005: 85.8 % (266/310; English 89.0 %, Chinese 80.0 %), 4
  destructive ("trim 5 sec... actually no make it 2, then fade out over 1 sec at the end"; 前3秒不要
  其余全留着; 第5秒到第10秒那段删了 口误 also removed fillers; 删停顿 开头结尾的别动). The first count said 6:
  two questions were flagged because the expected plan adds a photo, and the check now counts only
  material the draft held. Then 4 expectations were set to decisions other rows use (big letters size
  96 / a big title 144: 24068, 24172, 24238; "square, 720p, export" exports at 720p: 24196).
- "holdout25": 307 requests (198 English, 109 Chinese; 151 with a public source; 3 more dropped because rows
  added during the session had the same text) written at the same moment as holdout24 by another helper
  with other personas (barbers, tattoo artists and nail salons, event photographers, hikers and cyclists,
  tech reviewers, charity runners, university admissions, kids making Minecraft / Roblox videos; 露营博主,
  数码测评, 美食探店, 理发店/美甲店, 毕业季相册, 老年大学). Kept sealed through session 23's first round
  (holdout24's fixes, the known misreadings, the notes and typo work), then scored once, blind, against main
  at 781e453: 87.6 % (269/307; English 88.9 %, Chinese 85.3 %), 4 destructive ("can u make the slideshow
  feel more emotional" made a slideshow; "remove the watermark thats burned into b.mp4" deleted b.mp4
  beside its refusal; "reorder 3,1,2 and then delete the new second one" deleted the third; "cut where i
  talk about the sponsor, fade out the end 2s" searched for the whole rest of the sentence). Then 7
  expectations were set to decisions other rows use (big letters 96: 25066, 25240; "fade in and out" 1 s
  each, the op's bare default being no fade: 25184, 25283; the unmeasured brighten step 0.15: 25186; "the
  uhs and ums only" removes fillers only, not repeats: 25087, 25252).
- "holdout26": 310 requests (200 English, 110 Chinese; 162 with a public source) written at the start of
  session 24 by a new helper under the same rules (the validator refused texts already in the file) with
  new personas (real-estate agents, yoga and fitness instructors, church and community media volunteers,
  podcasters cutting shorts, café owners, parents' family montages, language teachers; 房产中介, 健身/瑜伽,
  宝妈亲子vlog, 婚礼跟拍, 助农直播切片, 网课/考研老师). Scored once, blind, against main at 0d1552f: 91.0 %
  (282/310; English 90.0 %, Chinese 92.7 %), 0 destructive. The misses: refusals answered with the
  generic question (AI renovation, sky replacement, voice imitation), 直播 read as publishing, reasons read
  as edits ("the sermon is way quieter than our other vids" also halved the volume; 字幕加错了 added
  subtitles), corrections of a direction ("flip it vertically, wait no, horizontally" flipped both), a
  second edit dropped in lists ("denoise + loudnorm + …", "duck …, bump it to 40% and …").
- "holdout27": 308 requests (200 English, 108 Chinese; 159 with a public source; 2 more dropped as the
  same text as earlier rows) written at the same moment as holdout26 by another helper with other personas
  (local journalists, indie game developers, car detailers and dealers, dance crews, science teachers,
  animal shelters, ASMR creators; 汽车测评/二手车, 舞蹈博主, 手工DIY, 钓鱼博主, 乡村生活vlog, 物业通知). Kept
  sealed through session 24's first round (holdout26's fixes, the known misreadings, the docs review's
  findings), then scored once, blind, against main at 251abb7: 88.0 % (271/308; English 87.5 %, Chinese
  88.9 %), 3 destructive ("cut the sentences where i say sponsor.. wait no, keep ONLY those" searched for
  the whole rest; "remove the last clip from the end and put it first instead" deleted it; "no crossfades,
  just stick b.mp4 and c.mp4 after my clip" replaced the clip). The same rows at the session's start
  (0d1552f) scored 87.0 % (268/308): the round that never saw them lifted them by 3 rows.
- "holdout28": 310 requests (200 English, 110 Chinese; 176 with a public source) written at the start of
  session 24 by a third helper with other personas (nurses and hospital trainers, youth sports coaches,
  travel agencies, bands, Etsy/Shopify sellers, Twitch streamers, HR onboarding; 母婴带货, 游戏主播切片,
  教培招生, 民宿老板, 茶艺/书法, 广场舞). Kept sealed through both of session 24's rounds (holdout26's and
  holdout27's fixes, the known misreadings, the docs review's findings), then scored once, blind, against
  main at faecf6b: 88.4 % (274/310; English 88.5 %, Chinese 88.2 %), 0 destructive. Its misses were not
  fixed in that session: answers read as edits ("can we put the company logo on … or is that a licensing
  problem" added the logo), vague wishes acted on ("clean up the audio a bit?", 帮忙调一下颜色), lengths
  ("make it 59s", "only keep the second minute", 留前面20秒就行), frames and SRT lines, versions ("scrap
  version 5, take me back to 3" restored 5), reasons read as edits ("its only the flip turn" flipped it;
  "i say um every 3 words" added that text), and Chinese multi-edit sentences.
- "holdout29": 308 requests (198 English, 110 Chinese; 2 dropped as duplicates of holdout31's) written at the
  start of session 25 by a helper with new personas (home cooks, drone hobbyists, booktubers, DIY renovation
  diarists, stand-up comedians, pet groomers, students' class projects, motorcycle vloggers; 美食探店,
  无人机航拍, 读书博主, 装修日记, 脱口秀, 宠物美容, 大学生课程作业, 摩托车骑行). 229 rows name a page, but the
  writer said only about 70 are paraphrases of it; it matched the others to a page on the same topic by
  keywords. Scored once, blind, against main at 4224eb1 before any fix: 89.6 % (276/308; English 87.9 %,
  Chinese 92.7 %), 1 destructive ("remove the silences, its a lecture so theres loads of dead air" also
  trimmed the dead air at both ends).
- "holdout31": 310 requests (200 English, 110 Chinese; 175 with a public source, about 50 of them matched to a
  page on the topic after writing) written at the same moment by another helper with other personas (retirees'
  family videos, esports and chess coaches, cosplayers, climbing-gym staff, council clerks, unboxing and toy
  reviewers, newspaper interns, couples editing their DIY wedding video; 退休老人家庭相册, 电竞复盘, 考研博主,
  手机摄影教学, 穿搭博主, 城市文旅, 酒店民宿前台, 汉服cos). Scored once, blind, against main at 4224eb1 before
  any fix: 89.4 % (277/310; English 89.0 %, Chinese 90.0 %), 0 destructive.
- "holdout32": 310 requests (200 English, 110 Chinese; 71 with a public source whose wording was taken, the
  writer told to attach no page by topic) written at the start of session 25 by a third helper with other
  personas (vet clinics, surfers, amateur astronomers, librarians' story time, thrift resellers, marathon
  photographers, hairdressers, choir directors; 宠物医院, 冲浪, 星空摄影, 图书馆亲子阅读, 闲鱼卖家, 马拉松,
  美发, 合唱团). Kept sealed through session 25's round (holdout28's, holdout29's and holdout31's fixes and
  the known misreadings), then scored once, blind, against main at 7958cd4: 79.7 % (247/310; English
  75.5 %, Chinese 87.3 %), 5 destructive ("then in what's left remove 0:20 to 0:25" and its Chinese twin
  removed source 0:20-0:25; "silence/setup before the actual beginning, trim that" removed every silence;
  把开头和结尾没说话的部分修掉 searched the words for a sentence; a sentence search for "library card
  drive" where the row says "library card"). The same rows at the session's start (4224eb1) scored 78.4 %
  (243/310): the round lifted them by 4 rows. Its misses are many new classes: footage repair no editor
  here can do (deflicker, hot pixels, stacking frames) asked about instead of refused, a blurred
  background fill, voices matched in loudness, "keep only the first second".
- "holdout33": 310 requests (200 English, 110 Chinese; 80 with a public source whose wording was paraphrased)
  written at the start of session 26 by a new helper with new personas (camera-trap hobbyists, church
  volunteers streaming services, football coaches, tattoo artists, estate agents' walk-throughs, kindergarten
  parents, ASMR creators, language tutors, food trucks, hiking groups; 宝妈, 乡村生活, 健身教练, 二手车商,
  花店, 考研, 广场舞, 宠物店, 民宿). Scored once, blind, against main at e922f3e before any fix: 84.2 %
  (261/310; English 85.5 %, Chinese 81.8 %), 5 destructive.
- "holdout34": 309 requests (200 English, 109 Chinese; 80 with a public source whose wording was paraphrased;
  one dropped as a duplicate of holdout33) written at the same moment by another helper (nurses' training
  clips, skateboarders, indie game trailers, garden time-lapses, museum educators, wedding DJs, bakeries,
  debate coaches, van-lifers, ASL teachers;
  外卖骑手, 大学社团, 茶艺, 摄影, 汉服, 钓鱼, 网课, 装修, 农产品带货).
  Scored once, blind, against main at e922f3e before any fix: 83.2 % (257/309; English 82.5 %, Chinese
  84.4 %), 2 destructive.
- "holdout35": 309 requests (199 English, 110 Chinese; 100 with a public source whose wording was paraphrased;
  one dropped as a duplicate) written at the start of session 27 by a new helper with new personas
  (librarians' story-time clips, dental-clinic marketing, car mechanics and detailers, choir directors, chess
  streamers, aquarium hobbyists, potters, small-town reporters, robotics teams, wedding videographers;
  瑜伽老师, 农家乐, 驾校教练, 书法, 房车旅行, 手工皮具, 小学班主任, 县城婚庆).
  Scored once, blind, against main at 6bc4653 before any fix: 93.5 % (289/309;
  English 92.5 %, Chinese 95.5 %), 3 destructive.
- "holdout36": 310 requests (200 English, 110 Chinese; 87 with a public source whose wording was paraphrased)
  written at the start of session 27 by another helper (rock climbers, language-learning YouTubers,
  cosplayers, council clerks, indie musicians, science teachers, home cooks, drone hobbyists, yoga studios,
  family-history videos; 马拉松, 情感博主, 非遗手艺人, 农产品直播, 美妆, 留学生vlog, 程序员教程, 婚礼跟拍)
  and kept sealed through session 27's round (holdout35's misses, known weak readings,
  the notes, older misses).
  Scored once, blind, after that round, against main at 5d119ea: 89.7 % (278/310; English 89.0 %,
  Chinese 90.9 %), 1 destructive. Two rows expect the catalogue's example texts instead of their own
  quoted text (36149, 36150): the writer's slip, left as written.
- "holdout37": 310 requests (200 English, 110 Chinese; 94 with a public source whose wording was paraphrased)
  written at the start of session 28 by a new helper with new personas (beekeepers, firefighter training
  officers, K-pop dance covers, veterinarians, startup pitch videos, knitting channels, birdwatchers, esports
  coaches; 茶园主, 健身私教, 考研博主, 二手书店). The first writer to see the catalogue's section on the
  amounts used when a request names none.
  Scored once, blind, against main at a5d1943 before any fix: 94.8 % (294/310; English 95.0 %,
  Chinese 94.5 %), 1 destructive.
- "holdout38": 306 requests (199 English, 107 Chinese; 95 with a public source whose wording was paraphrased;
  four dropped as duplicates) written at the start of session 28 by another helper (barbers, stand-up
  comedians, flight instructors, theatre students, dog groomers, hackathon organisers, vintage car restorers,
  physiotherapists; 宠物店, 钢琴老师, 露营博主, 乡村教师), with the catalogue's amounts section visible,
  and kept sealed through session 28's round (holdout36's and holdout37's misses, the reply notes).
  Scored once, blind, after that round, against main at d83706a: 93.1 % (285/306; English 93.0 %,
  Chinese 93.5 %), 1 destructive.
- "holdout39": 308 requests (200 English, 108 Chinese; 104 with a public source whose wording was paraphrased;
  two dropped as duplicates of holdout40) written at the start of session 29 by another helper (wedding
  officiants, marine biology students, indie game devlogs, real-estate walkthroughs, amateur astronomers,
  ballet teachers, food trucks, podcast clip editors; 奶茶店老板, 非遗手艺人, 驾校教练, 大学辅导员), with
  the catalogue's amounts section visible, and kept sealed through session 29's round (holdout38's and
  holdout40's misses, follow-up turns). Scored once, blind, after that round, against main at 9752351:
  96.1 % (296/308; English 96.0 %, Chinese 96.3 %), 2 destructive (39059 "cut the part where i mess up my
  lines about the spawn mechanic" cut every sentence about the topic; 39175 searched "parking situation"
  where the row says "parking").
- "holdout40" (ids 41001-41310; written as 40001-40310, renumbered because holdout8 holds 40001-40136): 310
  requests (200 English, 110 Chinese; 90 with a public source whose wording was paraphrased)
  written at the start of session 29 by a new helper with new personas (skateboard filmers, hospice
  volunteers, chess streamers, museum docents, cycling club captains, pottery studios, crossfit gyms,
  sign-language tutors; 农产品直播带货, 书法老师, 婚庆摄像, 社区志愿者), with the catalogue's amounts section
  visible. Scored once, blind, against main at a5b584e before any fix: 93.2 % (289/310; English 94.0 %,
  Chinese 91.8 %), 0 destructive by the measure then; 1 once silencing counts (41094 "mute just the ums
  instead of cutting them out" muted the whole clip's sound; the measure was widened right after).
  41111 expects the catalogue's example text (SALE 50% OFF) instead of the row's own quoted text: the
  writer's slip, left as written.
- "holdout41" (ids 42001-42310): 310 requests (200 English, 110 Chinese; 164 with a public source
  whose wording was paraphrased) written at the start of session 30 by a new helper with new personas
  (dental clinics, high-school robotics teams, church livestream volunteers, yoga instructors, car detailers,
  language-learning YouTubers, bird photographers, esports coaches; 宠物美容店老板, 乡村小学老师,
  健身私教, 二手车商), with the catalogue's amounts section visible. Scored once, blind, against main
  at fcfd07f before any fix: 93.5 % (290/310; English 91.5 %, Chinese 97.3 %), 3 destructive (42152 "keep
  from 0:30 on" kept 0:00-0:30; 42288 从00:00:12那里剪开 removed everything after 0:12 instead of
  splitting there; 42213, a question whether cutting every verbal tic sounds unnatural, cut the fillers).
- "holdout42" (ids 43001-43310): 310 requests (200 English, 110 Chinese; 202 with a public source whose
  wording was paraphrased) written at the start of session 31 by two new helpers (one per language) who saw
  only the brief and the catalogue, with new personas (community gardeners, a church choir director, app
  founders recording demos, fishing vloggers, nursing-school instructors, tabletop-RPG streamers, home
  bakers, debate coaches, estate agents, wedding videographers; 民宿老板, 广场舞领队, 考研博主, 手机维修店,
  农产品带货, 小学班主任, 婚礼跟拍, 探店博主). Sealed through session 31's fix round, then scored once, blind,
  at dc3fb02: 90.0 % (279/310; English 95.0 %, Chinese 80.9 %), 1 destructive (43278:
  中间的停顿去掉，但开头那几秒静音别动 cut the pauses and trimmed the quiet start said to stay). The 21
  Chinese misses spread over text placed with no 加 (第2秒到第6秒), photos made into a video, a clip said
  as 不要了 beside its reason, music and fade wording, a colour of one thing, and answers about filming and
  consent; the 10 English ones over answers, an end on black, a GIF's part, a target length with a reason.
- "holdout43" (ids 44001-44190 English, 44201-44325 Chinese): 315 requests (170 with a public source whose
  wording was paraphrased; 46 answers, 33 vague, 24 impossible, 36 destructive-looking) written at the start
  of session 32 by two new helpers (one per language) who saw only the brief and the catalogue. Sealed
  through session 32's round (fx1, fx2 and the session's own fixes, all made from holdout42), then scored
  once, blind, at ba7f37c: 89.5 % (282/315; English 91.6 %, Chinese 86.4 %), 2 destructive (44270
  原声全静音 只留音乐 muted the music instead of the clip's sound; 44284 把结尾那段做成8秒的预告 kept
  the first 8 s instead of the last).
- "holdout44" (ids 45001-45190 English, 45201-45325 Chinese): 315 requests (195 with a public source whose
  wording was paraphrased; 45 answers, 33 vague, 25 impossible, 38 destructive-looking) written at the start
  of session 33 by two new helpers (one per language; new personas: listing tours, youth sports, church
  media, stream clips, 汽车测评, 美甲, 茶艺, 律师普法, 电竞高光) who saw only the brief and the catalogue.
  Scored once, blind, at 25d4972 before any fix: 87.9 % (277/315; English 90.5 %, Chinese 84.0 %), 6
  destructive (45076 a slow-down of 0:12-0:16 removed it; 45110 "the last quarter minute" cut 27.5 s;
  45129 "the first 5 s of b" cut the programme's start; 45174 the music unmuted and the clip muted; 45285
  做个10秒的预告 用结尾那段 kept the first 10 s; 45292 只要b.mp4 其他两个不要了 deleted b). Post-fix (not
  blind), after session 33's round (fxc: the 17 English misses, fxd and fxe: the 20 Chinese ones, fxa's
  reorder-then-position class): 315/315, no destructive misreading left.
- "holdout45" (ids 46001-46190 English, 46201-46325 Chinese): 315 requests (197 with a public source whose
  wording was paraphrased; 45 answers, 34 vague, 25 impossible, 39 destructive-looking) written early in
  session 33 by two more new helpers (new personas: journalism class, trainers, podcasters, lyric videos,
  onboarding; 烘焙, 瑜伽, 乐队, 装修, 婚纱店, 知识区) who saw only the brief and the catalogue. Sealed through
  session 33's whole round (fxa-fxg and the session's own fixes, made from holdout43, holdout44 and probes),
  then scored once, blind, at be38837: 87.9 % (277/315; English 90.5 %, Chinese 84.0 %), 3 destructive
  (46088 the dead air between sentences read as the ends' dead air; 46244 最后一段结尾再剪500ms cut the
  first clip's end; 46283 c放第一个 b删掉 deleted clip 1 and lost the move). Post-fix (not blind), after
  fxh-fxk: 313/315, no destructive left; 46120 and 46132 are left failing on purpose (their expectations -
  set_aspect 4:5 for "the instagram feed", a crop for "no blur" - contradict older rows 522, 32136, 43176).
- "holdout46" (ids 47001-47190 English, 47201-47325 Chinese): 315 requests written late in session 33 by two
  more new helpers (admissions offices, dog trainers, theatre, science teachers, wedding DJs, bike repair,
  council clerks, Etsy, hiking, esports coaches; 驾校, 生鲜团购, 少儿编程, 农村生活, 考公, 皮具, 脱口秀,
  医美科普, 露营, 翻唱; 178 with a public source; 45 answers, 33 vague, 26 impossible, 37 destructive-looking)
  who saw only the brief and the catalogue. Sealed through the holdout45 round, then scored once,
  blind, at 452eb13: 86.7 % (273/315; English 86.3 %, Chinese 87.2 %), 4 destructive (47218 b的前5秒去掉 cut
  the programme's start; 47271 bgm删了吧…算了还是留着 调到20% removed the music; 47285 最后10秒以外的都保留
  kept only the last 10 s; 47307 25秒到30秒那段原声静音 muted the whole clip). Post-fix (not blind), after
  fxl-fxo and s33: 306/315, no destructive left; 47013 and 47115 fail on purpose (set_aspect expected where
  older rows 28131, 113, 522, 32136 expect the Instagram preset); the other 7 were not reached in time.
- "holdout47" (ids 48001-48190 English, 48201-48325 Chinese): 315 requests written at the start of session
  34 by two more new helpers (church media, real estate, robotics teams, nurse educators, Twitch streamers,
  museum docents, bakeries, grad students, parents, language teachers; 小红书美妆, 果农带货, 社团招新,
  汽车测评, 宠物, 考研网课, 婚礼跟拍, 健身跟练, 广场舞, 外卖vlog; 175 with a public source;
  46 answers, 35 vague, 27 impossible, 41 destructive-looking) who saw only the brief and the catalogue.
  Scored once, blind, at
  691dcdd: 91.1 % (287/315; English 94.2 %, Chinese 86.4 %), 2 destructive (48094 "remove the long pauses
  …, i pause a LOT between slides" also made a slideshow of the photos; 48248 把静音去掉 刚才手滑把原声静音了
  removed the silences and muted the sound instead of unmuting it).
  Post-fix (not blind), after fya-fyd: 315/315, no destructive left.
- "holdout48" (ids 49001-49190 English, 49201-49325 Chinese): 315 requests written in session 34 by two
  more new helpers (podcasters, yoga teachers, bands, admissions ambassadors, car detailers, journalists,
  chess coaches, travel couples, HR onboarding, primary teachers; 乡村教师, 房产中介, 钓鱼, 探店, 课程作业,
  瑜伽馆, 手工耳环, 篮球集锦, 普法, 导游; 164 with a public source; 45 answers, 33 vague, 25 impossible,
  38 destructive-looking) who saw only the brief and the catalogue. Sealed through the holdout47 round,
  then scored once, blind, at f7da8f7: 89.5 % (282/315; English 92.1 %, Chinese 85.6 %), 2 destructive
  (49111 "cut the part where i talk about the sponsor, the deal fell through" searched for the reason too;
  49129 "trim my b-roll from 0:07 to 0:29" removed the range it should keep).
  Post-fix (not blind), after fye-fyh: 315/315, no destructive left.
- "holdout49" (ids 51001-51190 English, 51201-51325 Chinese; written as 50001.. and renumbered, those ids
  being taken): 315 requests written in session 34 by two more new helpers (wedding officiants,
  skateboarders, council comms, dentists, D&D groups, market vendors, debate coaches, developers' demos,
  trail cams, grandparents; 茶叶店, 毕业视频, 跑团, 二手车, 剪纸, 游戏高光, 心理科普, 农家乐, 军训, 母婴;
  179 with a public source; 45 answers, 33 vague, 25 impossible, 38 destructive-looking; at least 8
  changes of mind per language, asked for). Sealed through the holdout48 round, then scored once, blind,
  at ef1b51b: 88.9 % (280/315; English 90.0 %, Chinese 87.2 %), 3 destructive (51036 "mute just the second
  trail cam clip" on a one-clip timeline muted it all; 51083 "the sale part starts at 0:20, put TODAY ONLY
  50% OFF HONEY there until 0:26" cut the first 20 s; 51163 "the first 2 seconds of b.mp4 and the last 2
  of c.mp4" trimmed the programme's ends). 8 of its 35 misses are English changes of mind ("hmm make that
  30", "scratch that, just fade it out").
  Post-fix (not blind), after fyi-fyl: 313/315, no destructive left; 51171 and 51189 contradict older rows
  (35195 keeps repeated words for "don't remove the silences, just the ums"; 113 reads "square for
  instagram" as the Instagram preset).
- "holdout50" (ids 52001-52190 English, 52201-52325 Chinese): 315 requests written in session 34 by two
  more new helpers (marathon vlogs, nonprofits, hairdressers, university labs, stand-up comedians, gardening,
  mobile-game ads, church Instagram, driving instructors, a 13-year-old's Minecraft clips; 社区网格员, 烘焙,
  古筝, 露营测评, 县城婚庆, 中医养生, 留学生vlog, 少儿街舞, 民宿, 乐高; 187 with a public source;
  45 answers, 34 vague, 27 impossible, 40 destructive-looking). Sealed through the holdout49 round and
  scored once, blind, at 3474bb0, the session's last planner change: 88.6 % (279/315; English 87.4 %,
  Chinese 90.4 %), 6 destructive (52010 "mute the crowd noise from 0:20 to 0:25 …" muted it all; 52032
  "before is 0 to 0:08 and after is 0:50 to 1:00, keep just those two" kept only the second; 52059 "trim my
  set from 0:05 to 0:50, the rest is me walking on and off" removed it; 52070 "lose the part where i go on
  about it, you know the one" searched for "it"; 52144 "title Cut Your Losses on screen 0:00-0:04" cut
  0:00-0:04; 52257 速度砍一半 kept the first half).
- "holdout51" (ids 53001-53190 English, 53201-53325 Chinese): 315 requests written at the start of session
  35 by two new helpers (chemistry teachers' lab demos, wedding videographers, Twitch highlights, property
  reels, holiday videos with typos, research interviews, workout clips; 探店, 语文课件, 考研网课, 宠物,
  电商主图, 广场舞, 游戏高光; 180 with a public source; 46 answers, 36 vague, 28 impossible, 40
  destructive-looking). Scored once, blind, at bf48c46 before any fix: 92.1 % (290/315; English 94.7 %,
  Chinese 88.0 %) - the first blind set at the issue's aim - with 2 destructive (53149 "delete 00:00:06,000
  --> 00:00:09,500 its where the participant says their full name" also searched the speech for "full
  name"; 53322 "我不小心把原声给静音了 帮我开回来" muted it). Misses: reasons read as edits ("太吵",
  "reels do better short", "回看的时候好找重点" shown as text), questions about what the editor can do
  ("can it spit out an srt file?"), clips named by a bare letter ("slow motion on c only"), 口语 ends
  ("最后收个黑屏", "都淡一下").
  Post-fix (not blind), after fza-fzd: 314/315, no destructive left; 53303 ("导出来音乐生音太大了 帮我弄小点"
  on a timeline without music) expects an answer, which is arguable.
- "holdout52" (ids 54001-54190 English, 54201-54325 Chinese; 54070 and 54164 dropped as duplicates of
  holdout51 rows): 313 requests written at the start of session 35 with holdout51, by two other new helpers
  (nurse educators, GoPro skaters, a bakery's stories, a German speaker's English, podcast producers,
  school projects, a travel vlogger typing on a train; 健身跟练, 社团纪录片, 看房, 果农直播, 英语听力,
  旅行vlog, 婚礼跟拍; 174 with a public source; 47 answers, 34 vague, 28 impossible, 38
  destructive-looking). Sealed through the holdout51 round and scored once, blind, at a5ef0a4: 86.3 %
  (270/313; English 87.2 %, Chinese 84.8 %), 6 destructive (54049 "kill the sound on b only" muted all;
  54145 "between 12,5 and 17 seconds" cut from 5 s; 54210 "b那段开头5秒不要" cut the programme's start;
  54222 "c.mp4的前2秒" cut the programme's first 2 s; 54261 "我就要b.mp4那段 另外俩删了吧" deleted b;
  54305 "去掉背景那个嗡嗡声 不是把声音去掉哈" denoised and muted). The two sets written together, scored
  at commits one round apart, are 5.8 points apart: one set's figure is noisy by several points.
  Post-fix (not blind), after fze-fzi: 312/313, no destructive left; 313/313 after fzj (54071, "cut the music
  volume in half", is half the music's level).
- "holdout53" (ids 55001-55190 English, 55201-55325 Chinese): 315 requests written in session 35 by two more
  new helpers (storytime librarians, a band's drummer, dog trainers, HR onboarding, dance trends, sermon
  clips, cooking channels, product demos; 科普up主, 六一汇演, 茶叶店, 毕业答辩, 钓鱼, 装修进度, 爷爷剪孙子;
  166 with a public source; 45 answers, 34 vague, 27 impossible, 40 destructive-looking). Sealed through the
  holdout52 round and scored once, blind, at 3a84c87: 89.8 % (283/315; English 91.6 %, Chinese 87.2 %), no
  destructive misreading - the first blind set with none. Misses: the music's level rounded (0.52 for
  0.525), clips added by "cut b.mp4 in at the end" / "b.mp4放后面",
  long Chinese requests with a story before the edits, refusals (beat sync, rolling shutter, vocal removal).
  Post-fix (not blind), after fzj-fzm: 313/315, no destructive; 55166 "speed up the second half of
  clip.mp4" (split, then speed) and 55267 "clip.mp4不用了 只要b.mp4和c.mp4 先放c再放b" not reached. fzj made a
  relative level exact (0.35 x 1.5 = 0.525, not 0.52) and "cut the music in half" half the music's level
  (0.175, not 0.5), as holdout50/52/53 expect; 45 older rows' expected levels were updated to match.
- "holdout54" (ids 56001-56190 English, 56201-56325 Chinese): 315 requests written at the start of session
  36 by two new helpers (kindergarten teachers, fishing guides, BookTok authors, plumbers, community theatre,
  lab microscopy, a retired man new to computers, a Spanish speaker's English, wedding DJs, esports coaches;
  美甲店, 非遗剪纸, 物理实验, 驾校, 网店服装, 骑行, 养蜂, 健身私教, 家长会, 带货主播; 188 with a public
  source; 46 answers, 34 vague, 27 impossible, 43 destructive-looking). Scored once, blind, at be1e550
  before any fix: 86.0 % (271/315; English 89.5 %, Chinese 80.8 %), 6 destructive (56187 "music at 10%...
  actually just mute it" muted the camera sound; 56248 静音那几段不用管 muted it; 56285 a long 非遗 request
  muted the sound for 嗡嗡的声音也去掉 and dropped the 4 s cut; 56286 a search query spanning two clauses;
  56296 音乐…静音了 打开吧 muted the music; 56315 口误 beside two ranges also removed fillers).
  Post-fix (not blind), after fzn-fzr: 315/315, no destructive left.
- "holdout55" (ids 57001-57190 English, 57201-57325 Chinese; 57076 and 57187 dropped as duplicates of
  holdout54 rows written at the same time): 313 requests written at the start of session 36 with holdout54,
  by two other new helpers (choir directors, swim coaches, food trucks, tattoo artists, council clerks,
  r/VideoEditing beginners, a Hindi speaker's English, CrossFit, ASMR unboxings, conference talks; 剧本杀,
  陶艺, 婚纱摄影, 班会, 考公网课, 助农卖橙, 汉服, 滑雪教练, 钢琴陪练, 老年大学; 169 with a public source;
  46 answers, 39 vague, 29 impossible, 40 destructive-looking). Sealed through the holdout54 round and
  scored once, blind, at 39d7070: 89.1 % (279/313; English 91.0 %, Chinese 86.4 %), 4 destructive (57204
  a search query "课里提到“报名费"; 57266 只要音乐 不要原声 removed the music; 57313
  "很多人静音刷视频 所以加个字幕" muted the sound; 57323 背景音乐不要了…算了 调小到10%吧 removed the
  music).
  Post-fix (not blind), after session 37's gaa-gae (session 36's own second round, fzs-fzw, was lost unmerged
  when that session was cut off): 311/313, no destructive left; 57119 ("4:5 for the insta feed" where older
  rows decided the instagram_portrait preset) and 57294 (remove_logo on a timeline with no logo: the reply
  says there is none) are left.
- "holdout56" (ids 58001-58190 English, 58201-58325 Chinese): 315 requests written at the start of session
  37 by two new helpers (landscapers, a food bank, Airbnb hosts, amateur astronomers, a marching band,
  pitch founders, VHS digitising, a Roblox teen, a Japanese speaker's English, mechanics; 外贸验货, 直播切片,
  相声, 摄影培训, 宠物医院, 书法, 跑腿, 房车, 奶茶店, 乡镇卫生院; 150 with a public source; 47 answers, 34
  vague, 27 impossible, 40 destructive-looking). Scored once, blind, at 150077a before any fix: 88.3 %
  (278/315; English 87.4 %, Chinese 89.6 %), 6 destructive (58028 "is it possible to remove silences
  automatically?" removed them; 58073 "promo text 50% OFF FIRST STAY along the bottom, 3s to 9s" cut
  3-9 s; 58083 the silence said to stay at the end removed too; 58138 "trim my vhs capture from 0:04 to
  0:56" cut that part; 58190 "trim off the first 10 sec... actually nvm leave them in" trimmed; 58284
  剪到0:08到0:52 cut that part).
  Post-fix (not blind), after gaa-gaj: 315/315, no destructive left.
- "holdout57" (ids 59001-59190 English, 59201-59325 Chinese): 315 requests written in session 37 by two new
  helpers while the holdout56 round ran (beekeepers, a rowing club, trail cameras, a real-estate drone pilot,
  a church youth group, indie game trailers, a nurse's training clips, skateboarders, a French speaker's
  English, a grandparent, Twitch VOD highlights; 社区团购, 考研经验, 装修施工, 广场舞, 县城婚庆, 物理实验,
  农家乐, 健身操直播, 二手车, 幼儿园家长, 竹编; 163 with a public source; 45 answers, 34 vague, 26
  impossible, 40 destructive-looking). Scored once, blind, at ecebcac (after gaa-gah, the
  session's first two rounds, which never saw it): 90.2 % (284/315; English 91.1 %, Chinese 88.8 %),
  1 destructive (59089 "everything after 0:06 stays, just lose the fumbling before it" cut from 0:06 on).
  Post-fix (not blind), after gal, gam, gan: 313/315, no destructive left.
- "holdout58" (ids 60001-60190 English, 60201-60325 Chinese): 315 requests written in session 37 by two new
  helpers (a debate coach, wedding officiants, a bakery, GoPro hikers, a library intern, a physiotherapist,
  a K-pop cover group, a German speaker's English, family history, youth soccer, a podcast duo; 高考志愿,
  菜市场, 民宿, 支教, 羽毛球, 家政培训, 乐队排练, 宝妈, 汽修, 采茶直播, 老年合唱团; 155 with a public source;
  46 answers, 35 vague, 27 impossible, 40 destructive-looking). Sealed through the session's rounds
  (gaa-gan) and scored once, blind, at 8720ddc after all of them: 90.2 % (284/315; English 89.5 %,
  Chinese 91.2 %), 6 destructive (60075 "everything after 0:50 stays, the rest can go" cut from 0:50;
  60076 "remove the mute from the music" muted it; 60120 "speed it up 1.5x … wait no, keep the speed
  normal" sped it up; 60147 "remove 0:10 to 0:20, hmm actually only 0:10 to 0:15" removed both; 60172
  "delete the second clip — wait, i mean the third one" deleted the second; 60257 最后10秒之前的全要
  kept only the last 10 s). Three sets this session (88.3 %, 90.2 %, 90.2 %): the blind figure holds at
  about 90 %, short of the 92 % aim; corrections said in English ("wait, i mean", "hmm actually only")
  are the largest class left.
  Post-fix (not blind), after gao, gap, gaq: 307/315, no destructive left; 60114 ("make it 9:16 for reels"
  expects the ratio where older rows 31112 and 31126 expect the reels preset) is left.
- "holdout59" (ids 61001-61190 English, 61191-61315 Chinese): 315 requests written in session 38 by two new
  helpers (a robotics club coach, a real-estate agent, a grad student, a church volunteer, a dog groomer, an
  indie band, a retiree digitising camcorder tapes, a cooking teacher, a Twitch streamer, a non-native
  speaker; 社团招新, 果园带货, 健身教练, 小学公开课, 婚礼花絮, 宠物博主, 广场舞, 游戏高光, 留学vlog, 知识口播;
  177 with a public source; 47 answers, 36 vague, 27 impossible, 42 destructive-looking). Scored once,
  blind, at 5fe969f (before any fix of session 38): 93.3 % (294/315; English 94.2 %, Chinese 92.0 %), the
  first set since holdout51 above the 92 % aim, 3 destructive (61112 "black and white please, its a
  memorial slideshow" also replaced the timeline with a slideshow of the photos; 61249 原声静音就行
  bgm保留别删 muted the music; 61256 clip.mp4不要了 c.mp4放前面b.mp4放后面拼一起 kept b.mp4 alone).
- "holdout60" (ids 62001-62190 English, 62191-62315 Chinese): 315 requests written in session 38 by two new
  helpers (a science teacher, a wedding DJ, a nurse educator, a skateboarder, a museum intern, an app
  developer, a grandmother, a journalism student, a yoga instructor, Indian and Nigerian English, a game
  modder; 理发店, 物理老师, 外卖骑手, 民宿, 剧本杀, 毕业季, 皮具, 钓鱼, 练琴打卡, 摄影协会幻灯片, 直播切片).
  Sealed through gar-gav and gax and scored once, blind, at db7a309 after them: 89.2 % (281/315; English
  88.4 %, Chinese 90.4 %), 3 destructive (62114 "only c.mp4 is worth keeping, drop clip and b" deleted
  c; 62300 只在b和c之间加转场 第一个接口不要 also deleted the first clip; 62307 剪掉前10秒 等下 还是别剪了
  trimmed).
- "holdout61" (ids 63001-63190 English, 63191-63315 Chinese): 315 requests written in session 38 by two new
  helpers (a drama teacher, a food truck, a 3-minute-thesis student, a hospice volunteer, BMX, a news
  stringer, Filipino and Australian English, a 13-year-old Minecraft YouTuber, a founder, a choir director,
  a podcast editor; 火锅店, 英语配音作业, 考研vlog, 农村婚宴, 瑜伽馆, 汉服变装, 二手手机验机, 跑团, 播客对谈,
  奶奶, 城管宣传). Sealed through gay-gbb and scored once, blind, at 038c87b after them: 89.5 % (282/315;
  English 94.7 %, Chinese 81.6 %), 8 destructive (63088 music taken out of the first 10 s removed all of
  it; 63114 "remove the bgm po... ay wait, just make it lower" removed it; 63125 "split at 0:32 and delete
  the second half" cut the last 30 s; 63206 「上岸！」从55秒开始 also cut the first 55 s; 63232 其他的都留着
  只把0:25到0:31…拿掉 kept only that part; 63244 cut the sentences with the query 里我俩聊八卦; 63262
  原声全部关掉 只留音乐 muted the music too; 63307 只要c前面那个 transition kept only c).
- "holdout62" (ids 64001-64190 English, 64201-64325 Chinese): 315 requests written in session 39 by two
  new helpers (a church media volunteer, a real-estate agent, a biology teacher, a drone hobbyist, a
  wedding videographer's assistant, a gaming streamer, a nurse educator, an indie band, a grandparent, an
  ESL teacher, a bakery, a comms intern, a non-native speaker; 宠物, 探店, 考研vlog, 助农带货, 健身,
  婚礼跟拍, 汉服, 宝妈, 汽车评测, 手工DIY, 社团宣传, 老年人). Four expectations were set by the brief's
  rules before scoring (64027 and 64291, a cut taken back, change nothing with no flag; 64189 and 64322
  remove a logo, so the row has one). Sealed through gbc and gbi-gbm and scored once, blind, at be8cb95
  after them: 89.5 % (282/315; English 90.5 %, Chinese 88.0 %), 6 destructive (64027 "cut the first 5
  seconds... no wait, keep them, thats where pastor says good morning" kept only the sentences with "good
  morning"; 64035 "make it 2 minutes long, grandpa's party slideshow" replaced the timeline with a
  slideshow; 64160 "have the music fade out from 0:50 to the end" cut 0:50 to the end; 64169 "delete the
  3rd clip — scratch that, just move it to the front" deleted it; 64253 第20到25秒那块声音关了 画面留着
  muted all of it; 64285 再把最后10秒静音 cut the last 10 s and removed the silences).
- "holdout63" (ids 65001-65190 English, 65201-65325 Chinese): 315 requests written in session 39 by two
  new helpers (a football coach, a yoga studio, a council clerk, a streamer's editor, a travel vlogger, a
  recital mum, a lecturer, a pet groomer, a wedding DJ, a car detailer, a chemistry PhD student, a retired
  engineer, South African and Indian English; 美妆, 茶叶电商, 班主任, 广场舞, 钓鱼, 装修, 留学生vlog,
  游戏切片, 物业通知, 书法, 跑腿, 退休教师). Two expectations were set by the brief's rules before scoring
  (65150 and 65276 remove "the logo I added", so the row has one). Sealed through gbn-gbr and scored once,
  blind, at a7a6637 after them: 91.4 % (288/315; English 88.9 %, Chinese 95.2 %), 5 destructive (65078
  "lose the sound for the first 3 secs only, keep the picture" trimmed them; 65084 "kill the music during
  the mayor's speech 0:20-0:35" cut 0:20-0:35; 65091 "put FINAL SCORE 21-14 from 0:50 to 0:55" after a cut
  removed that stretch too; 65106 "trim the first 6 seconds — no sorry, 4" trimmed 6; 65323
  c不要了…哦等下还是要的 deleted c).
- "holdout64" (ids 66001-66190 English, 66201-66325 Chinese): 315 requests written in session 40 by two
  new helpers (a youth pastor, a real-estate agent, a nurse educator, a skate crew, a bakery, a podcast
  producer, a primary teacher, a gym coach, Nigerian and Australian English, a museum volunteer, a robotics
  team, a translator, a grandad, a shaky non-native speaker; 宠物店, 驾校, 农家乐, 私教, 二手车, 社团,
  婚礼跟拍, 汉服, 摊主切片, 幼儿园, 考研, 外卖小哥). Two expectations were set by the brief's rules
  before scoring (66080, 66274 remove "the logo I put on", so the row has one). Sealed through gbt-gbw
  and scored once, blind, at 5b322c6 after them: 88.9 % (280/315; English 91.6 %, Chinese 84.8 %), 4
  destructive (66086 "take the music out from 0:30 till the end, keep the video" removed the music and
  kept 0:30 on; 66186 "export mov, my mate edits in final cut" deleted clip 3; 66254 只保留第10到20秒以外的
  内容 kept 10-20 s; 66308 音乐在20秒到30秒之间先静音 muted all the music). Two expectations were wrong by
  the brief and the catalogue and were changed after scoring (the blind figure stands): 66134 text said
  "from 0:10 to 0:15" after a 3 s cut ends at 12000, not 10000; 66242 打上大字 is big text, size 96 (and
  so holdout63's 65242 放大字).
- "holdout65" (ids 67001-67190 English, 67201-67325 Chinese; 67186 and 67256 dropped as the same text as
  a holdout64 row): 313 requests written in session 40 by two new helpers, at the same time as holdout64
  (a dentist, a drone hobbyist, a theatre director, a mobile mechanic, a journalism class, Scottish and
  Filipino English, a climbing gym, a band's bassist, a hospital comms officer, a dog trainer, a safari
  guide, a teenager on a phone, a cake decorator, a union rep; 民宿, 中医养生, 乡村老师, 摄影工作室, 街舞,
  母婴, 4S店, 非遗, 夜市, 支教vlog, 房产中介, 早茶店). Two expectations were set by the brief's rules before
  scoring (67090, 67251 remove "the logo we put on", so the row has one). Sealed through gbx-gcb and
  scored once, blind, at edb7f9e after them: 90.7 % (284/313; English 91.5 %, Chinese 89.5 %), 7
  destructive (67044 "mirror just the bit from 0:40 on" kept 0:40 on; 67255 最后5秒把声音关了 muted all;
  67273 原来那个长的不用了 b后面接c就行 deleted b; 67279 1分35到1分40那几秒静音 after a clip deletion cut
  it and the silences; 67281 40秒以后的部分加速2倍 after a cut trimmed the tail; 67294 结尾那块做成8秒的预告
  kept the first 8 s; 67317 原声不要静音 把music.mp3加进来 did nothing). 67273 expected a concat of b and
  c, which are on the timeline already: set after scoring to the deletion of clip.mp4 (the blind figure
  stands).
- "holdout66" (ids 68001-68190 English, 68201-68325 Chinese): 315 requests written in session 41 by two
  new helpers (a yoga instructor, a real-estate photographer, a PE teacher, a food truck, a skateboarder,
  a church media volunteer, Irish and South African English, a podcast editor, a marathon club, a tattoo
  artist, a night-shift nurse, a grandparent, a startup founder, a fishing guide; 健身教练, 宠物店,
  茶叶店, 毕业视频, 婚礼跟拍, 农产品直播, 汉服, 驾校, 烘焙, 自驾游, 广场舞, 二手车). Two expectations were
  set by the brief's rules before scoring (68074, 68266 remove "the logo I put on", so the row has one).
  Sealed through gcf-gch and scored once, blind, at 78db75d after them: 93.7 % (295/315; English 97.4 %,
  Chinese 88.0 %), 1 destructive (68073 "everything bar the last 8 seconds stays" kept the last 8 s).
- "holdout67" (ids 69001-69190 English, 69201-69325 Chinese): 315 requests written in session 41 by two
  new helpers, at the same time as holdout66 (a barber, a museum education officer, a Welsh rugby club,
  Indian and Nigerian English, a gamer, a plumber, a hen-party video, a farmer at lambing, a lab-demo
  lecturer, a cosplay maker, a florist, a councillor, a twelve-year-old; 美甲店, 钓鱼, 英语培训, 婚庆,
  考研, 花店, 露营, 退休阿姨, 电竞, 装修, 咖啡店, 物理老师). Two expectations were set by the brief's
  rules before scoring (69084, 69284 remove "the logo I put on", so the row has one). Sealed through
  gcf-gck and scored once, blind, at a4522c7 after them: 90.8 % (286/315; English 90.5 %, Chinese 91.2 %),
  5 destructive (69185 "keep only b.mp4, no wait keep b and c" kept b only; 69247
  0:20-0:25那段…声音关掉就行 画面留着 muted all; 69254 0:30到0:36不用删 只把那里的背景音乐关掉 removed the
  music; 69306 删掉第二段 等下 删第三段才对 deleted clip 2 twice; 69314 剪掉前5秒 0:15到0:20加字「…」 cut
  0:15-0:20 as well). Two expectations were wrong by the request's own words and were changed after
  scoring (the blind figure stands): 69242 shows the quoted 「全场饮品五折」, not 全场五折; 69256
  只去掉嗯啊这些语气词 removes only the fillers (repeats false).
- "tune" ids 96401-96495: variants of older known weaknesses (found in earlier sessions, in no blind set
  as written), written with their fixes, each row's `source` naming the class: a degree word ("a little
  faster", "稍微慢一点") is one mild step, 1.25x / 0.8x, said in the reply (11 older rows that expected a
  question or 1.5x for it now expect the step); a share straight after a change verb is by that much
  ("lower the volume 30%"), after "to" / "调到" the level; "when i talk, bring the music down" is ducking;
  what an editing term means (j-cut, b-roll, 转场 …) is answered from a glossary; several moves in one
  sentence all happen, and so do files added each with its own end; "截个10秒的片段" is a target length;
  a part said by its topic ("聊到前任的那一段")
  is a search of the speech. benchmarks/unexplained_notes.py counts the "I didn't understand" notes left
  on passing rows (272 of 4683 passing rows before this round; 104 of 4871 after, on 4924 rows).
- "tune" ids 96001-96056: variants of holdout18's answer, question and refusal classes, written with their
  fixes: questions about an effect ("will a watermark hurt our reach?"), how far undo goes (可以撤销几步),
  a lead-in before the question ("before i do anything — how …?"), a long purpose before it, 请问, a
  last-clause A-not-A with a question mark, a size limit with a resolution, platform length limits, screens
  vs feeds, facecam layouts, the speech handed over as text (transcript); "do your …" as an order and a
  polish with no edit named (asked with concrete options), reported speech ("client says …") not text, a
  bare "trim it / the video" asked (the footage's ends still tidied), "too long for <platform>" as a reason,
  a moment named by what happens in it ("where the solo starts", 中间有段) asked; refusals for objects
  erased or recoloured, vocals out of a song, scheduled posts, pitch correction and depth blur.
  Ids 96057-96082: holdout18's edits that were asked about instead of done: what a story said was muted is
  what "turn it back on" unmutes, 关掉原声 (the verb first), a range said again to be unwanted ("…剪到结束都
  不要"), a surplus at each end (头上多了1.5秒，尾巴多了半秒), a cut "right at" a time is a split, "double its
  speed" of a clip named before, ends named by when the speech starts and stops, and what stays said first
  then what not to do ("速度保持原样就行，别给我加快": answered, nothing changed).
  Ids 96083-96107: the same classes probed further - answers kept on their topic (music taken from another
  app, 4K for a platform, caption size, whether a speed-up is heard, 24 fps, why a file is big, music level,
  exporting one part, jump cuts, taste in transitions, lengths by kind), a livelier video asked with no edit
  named, sound effects (a laugh track is no music), a person or a print taken out of the picture, the voice
  pulled out of the music under it, a brightness change at a moment named by what happens.
  Ids 96108-96116: platforms' compression asked about, an audio effect added (reverb) refused, 带感 / 吸引人
  as a polish, a part named by what happens in it in Chinese ("吹蜡烛的地方"), what is said told or sent as
  text.
- "tune" ids 97001-97070: 70 Chinese requests written by a helper (probe-zh) from phrasings harvested
  from public pages and issue threads (剪映 / 抖音 users, course work, meeting recordings, shop videos,
  fishing, square dance, old photos, short dramas), before reading the parser, and scored once against
  6634c04: 74.3 % (52/70), 1 destructive ("删掉10到15秒 还有40到45秒" cut the second part off the
  already shortened timeline). Its classes were then fixed, with variants (ids 97701-97750): Chinese
  decimals (一点五倍), 头尾各N秒, an end named before its length (开头大家在调麦 大概二十秒 帮我剪掉),
  那段留着, 截前N秒 (a keep) vs 截掉, a most said of the length (不能超过半分钟), parts cut one after
  another read off one timeline, 其他的正常速度, words after a title / subtitle noun or 显示, 统一下音量 /
  忽大忽小, 循环三遍, film looks refused, 没声音的地方 (the pauses). One row's expectation follows the
  documented reading: "结尾最后十秒是黑屏 去掉" trims the black found at the end (trim_dead_air), as
  "10 sec of black at the end" does.
- "tune" ids 99101-99178 (branch left24): variants of eight known misreadings, written with their fixes
  (each row's `source` names the class): a shorter version made from the end ("a 10 second teaser of the
  end", "use the last part for a 20 second promo", 结尾做个10秒预告) keeps the last N s - it kept the first;
  a file said to go first ("put photo1.jpg first", "open the video with …", 放第一个) is added at the start;
  "fade out at T" is where the fade-out starts (to the end when that is at most 10 s away, else asked -
  never a 55 s fade or a cut on a guess; "over / for N s" is the length); a bare cut of an end ("trim the
  start", 剪掉开头之后加字幕) is asked how much while the other edits are done (it was dropped; an export said
  after it waits for the answer - the file would be the wrong length); a sound said
  to cover another ("the music is louder than my voice, turn it down", 音乐盖过人声了) turns the louder one
  down (it raised it, or ducked); a music level changed with no music on the timeline adds none and says so
  in the request's language (it added music); a loop said not to be wanted in more words ("no need to loop
  it", 无需循环) sets loop false; how the footage was recorded ("i recorded it horizontally") describes it
  ("recorded" was "corrected" to "reorder"). Five older rows that change the music's level now carry music
  on their timeline (96629-96631, 97203, 97274: without it the expected set_volume is an error).

The table prints each set's score now beside its blind figure, and counts destructive misreadings: rows
whose plan removes source material the expected plan keeps (more than 0.25 s), or silences a sound (the
clip's own, the music) the expected plan keeps audible, whatever the expected plan was (an edit, a question,
an answer or a refusal).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.engine.analysis_fake import fill_runner_fields  # noqa: E402
from vidai_nb.engine.agent import Plan, parse  # noqa: E402
from vidai_nb.engine.ops import HISTORY_OPS, OpBase, OpError, apply, parse_operation  # noqa: E402
from vidai_nb.engine.ops import schemas as s  # noqa: E402
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft  # noqa: E402
from vidai_nb.engine.ops.picture import PLATFORMS, Platform  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "requests.jsonl"
# Each set's score when it was first run, blind, before any fix made with it (see the docstring); the
# table prints today's score beside it. tuning: the untuned parser on its first 275 rows.
BLIND: dict[str, str] = {
    "tuning": "90.5% (first 275)", "holdout": "81.1%", "holdout2": "83.6%", "holdout3": "85.0%",
    "holdout4": "80.0%", "holdout5": "79.4%", "holdout6": "83.8% (67/80)", "holdout7": "57.4% (216/376)",
    "holdout8": "78.0% (248/318)", "holdout9": "76.1% (201/264)",
    "holdout10": "75.2% (224/298)", "holdout11": "82.6% (256/310)",
    "holdout12": "75.4% (218/289)", "holdout13": "85.0% (244/287)",
    "holdout14": "85.5% (265/310)",
    "holdout15": "88.0% (272/309)", "holdout18": "80.6% (250/310)",
    "holdout19": "87.1% (270/310)", "holdout22": "85.2% (264/310)",
    "holdout23": "81.0% (248/306)", "holdout24": "85.8% (266/310)",
    "holdout25": "87.6% (269/307)", "holdout26": "91.0% (282/310)",
    "holdout27": "88.0% (271/308)", "holdout28": "88.4% (274/310)",
    "holdout29": "89.6% (276/308)", "holdout31": "89.4% (277/310)",
    "holdout32": "79.7% (247/310)", "holdout33": "84.2% (261/310)",
    "holdout34": "83.2% (257/309)",
    "holdout35": "93.5% (289/309)",
    "holdout36": "89.7% (278/310)",
    "holdout37": "94.8% (294/310)",
    "holdout38": "93.1% (285/306)",
    "holdout39": "96.1% (296/308)",
    "holdout40": "93.2% (289/310)",
    "holdout41": "93.5% (290/310)",
    "holdout42": "90.0% (279/310)",
    "holdout43": "89.5% (282/315)",
    "holdout44": "87.9% (277/315)",
    "holdout45": "87.9% (277/315)",
    "holdout46": "86.7% (273/315)",
    "holdout47": "91.1% (287/315)",
    "holdout48": "89.5% (282/315)",
    "holdout49": "88.9% (280/315)",
    "holdout50": "88.6% (279/315)",
    "holdout51": "92.1% (290/315)",
    "holdout52": "86.3% (270/313)",
    "holdout53": "89.8% (283/315)",
    "holdout54": "86.0% (271/315)",
    "holdout55": "89.1% (279/313)",
    "holdout56": "88.3% (278/315)",
    "holdout57": "90.2% (284/315)",
    "holdout58": "90.2% (284/315)",
    "holdout59": "93.3% (294/315)",
    "holdout60": "89.2% (281/315)",
    "holdout61": "89.5% (282/315)",
    "holdout62": "89.5% (282/315)",
    "holdout63": "91.4% (288/315)",
    "holdout64": "88.9% (280/315)",
    "holdout65": "90.7% (284/313)",
    "holdout66": "93.7% (295/315)",
    "holdout67": "90.8% (286/315)",
    "tune": "n/a (written with the fixes)",
}


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def row_draft(row: dict[str, Any]) -> dict[str, Any]:
    """The timeline the row's request is said on: its clips (clip.mp4 unless `clips`), `music` under them
    and - for a follow-up about a logo already added - `logo`, the fields of an add_logo done before."""
    draft = sample_draft(row.get("clips", ["clip.mp4"]), row.get("music"))
    if row.get("logo"):
        draft = apply(draft, parse_operation({"op": "add_logo", **row["logo"]}), SAMPLE_MEDIA)
    return draft


def _strip_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_strip_ids(v) for v in value]
    return value


def _effect(draft: dict[str, Any], ops: list[OpBase]) -> Any:
    """The draft after the ops (history ops compared by value), or the first error."""
    history = [op.model_dump() for op in ops if str(getattr(op, "op", "")) in HISTORY_OPS]
    try:
        for op in ops:
            if str(getattr(op, "op", "")) not in HISTORY_OPS:
                draft = apply(draft, fill_runner_fields(op, draft), SAMPLE_MEDIA)
    except OpError as exc:
        return ("error", str(exc), history)
    return (_strip_ids(draft), history)


def _speeds_to_a_thousandth(ops: list[OpBase]) -> list[OpBase]:
    """A speed worked out from a length ("so it lasts 90 seconds" of 60) is a repeating decimal; writers give
    it as 0.6666667 or 0.667 and the planner as 0.6667. Compared to a thousandth; 0.67 (0.45 s short of
    90 s) stays wrong."""
    return [o.model_copy(update={"factor": round(o.factor, 3)}) if isinstance(o, s.Speed) else o for o in ops]


def same_ops(expected: list[OpBase], got: list[OpBase], draft: dict[str, Any], text: str = "") -> bool:
    expected, got = _speeds_to_a_thousandth(expected), _speeds_to_a_thousandth(got)
    if [o.model_dump() for o in expected] == [o.model_dump() for o in got]:
        return True
    if _effect(draft, expected) == _effect(draft, got):
        return True
    if _RATIO_SAID.search(text):
        # "make it 9:16 for tiktok": careful writers split between the platform preset and the ratio
        # they typed (60114, 61104, 62165 and 24 older rows), and both give that canvas; only the
        # preset's loudness differs. Either reading is right when the request states the ratio.
        return bool(_effect(draft, _as_ratio(expected)) == _effect(draft, _as_ratio(got)))
    return False


_RATIO_SAID = re.compile(r"(?<![\d:])(?:9|16|1|4)\s*(?::|比|x(?=\d))\s*(?:16|9|1|5)(?![\d:])")


def _as_ratio(ops: list[OpBase]) -> list[OpBase]:
    """Platform presets written as the ratio of their canvas (the preset's loudness left out)."""
    return [parse_operation({"op": "set_aspect", "ratio": PLATFORMS[o.name], "fit": o.fit})
            if isinstance(o, Platform) else o for o in ops]


def uploads(row: dict[str, Any]) -> list[Any]:
    """What the person uploaded: the row's `uploads`, else the clips on its timeline, the audio and
    images every row may use, and any other sample file the request names."""
    if "uploads" in row:
        return [SAMPLE_MEDIA[m] for m in row["uploads"]]
    names = {*row.get("clips", ["clip.mp4"]), "music.mp3", "logo.png", "photo1.jpg", "photo2.jpg"}
    names |= {m for m in SAMPLE_MEDIA if m in row["text"].lower()}
    # a clip named by its bare stem in a list of clips ("按c、b、clip这个顺序", "c first, then b",
    # "c和b拼起来")
    names |= {m for m in SAMPLE_MEDIA if m.endswith(".mp4") and re.search(
        rf"(?<![a-z0-9_.']){re.escape(m[:-4])}(?![a-z0-9_'])\s*(?:[、,，/和跟与]|first|then|last|and\b)|"
        rf"(?:[、,，/和跟与]|\band|\bthen)\s*{re.escape(m[:-4])}(?![a-z0-9_'])\s*(?:together|first|last|$|"
        rf"[两三四五六七八九]\s*个|按|的?顺序|拼|接|合|in (?:that|this) order)|"
        # ("put b picture in picture top right": a clip by its bare stem, shown as the pip)
        rf"\b(?:put|add|use|show)\s+{re.escape(m[:-4])}\s+(?:as\s+(?:an?\s+)?)?(?:picture[\s-]+in[\s-]+picture|pip)\b",
        row["text"].lower())}
    return [m for k, m in SAMPLE_MEDIA.items() if k in names]


def _coverage(draft: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    """The source material the main track shows: media id -> source intervals (ms)."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for track in draft.get("t", []):
        if track.get("role") != "main":
            continue
        for seg in track.get("sg", []):
            a = int(seg.get("in", 0))
            shown = round(int(seg.get("d", 0)) * float(seg.get("speed", 1.0)))
            out[str(seg.get("src"))].append((a, a + shown))
    return out


def _missing(have: list[tuple[int, int]], want: list[tuple[int, int]]) -> int:
    """How many ms of `want` no interval of `have` covers."""
    lost = 0
    for a, b in want:
        covered = sum(max(0, min(b, y) - max(a, x)) for x, y in have)
        lost += max(0, (b - a) - covered)
    return lost


def destructive(row: dict[str, Any], plan: Plan) -> bool:
    """The plan removes source material the expected plan keeps (more than a quarter of a second).

    Only material the draft held before the request counts: a plan that does not add what the expected
    plan adds (a photo put in front, say; often because it asked instead) has removed nothing.
    """
    exp = row["expect"]
    draft = row_draft(row)
    want = draft if not exp["ops"] else _effect(draft, [parse_operation(o) for o in exp["ops"]])[0]
    got = _effect(draft, plan.ops)[0] if plan.ops else draft
    if want == "error" or got == "error":
        return False
    have, need, before = _coverage(got), _coverage(want), _coverage(draft)
    need = {src: iv for src, iv in need.items() if src in before}
    if sum(_missing(have.get(src, []), iv) for src, iv in need.items()) > 250:
        return True
    # Sound is content too: a plan that silences what the expected plan keeps audible has destroyed it.
    return bool(_audible(want) - _audible(got)) and bool(_audible(want) & _audible(draft))


def _audible(draft: dict[str, Any]) -> set[str]:
    """The roles of the tracks a listener hears (main sound, music): present, not muted, not at zero."""
    out = set()
    for track in draft.get("t", []):
        role = str(track.get("role"))
        if role not in ("main", "bgm") or track.get("muted") or float(track.get("volume", 1.0)) <= 0:
            continue
        if any(float(seg.get("volume", 1.0)) > 0 for seg in track.get("sg", [])):
            out.add(role)
    return out


def _export(export: dict[str, Any] | None, draft: dict[str, Any]) -> dict[str, Any] | None:
    """An export as compared: a part that runs to the end (end_ms None) ends at the programme's end."""
    if export is None or export.get("end_ms", 0) is not None or "start_ms" not in export:
        return export
    return {**export, "end_ms": int(draft.get("d", 0))}


def judge(row: dict[str, Any], plan: Plan) -> tuple[bool, str]:
    exp = row["expect"]
    draft = row_draft(row)
    if exp.get("answer"):  # a question or advice: answered, the draft untouched
        answered = bool(getattr(plan, "answer", None))
        untouched = not plan.ops and plan.export is None and not plan.question and not plan.refusal
        return (answered and untouched, "expected an answer, no edit")
    if exp["question"]:
        return (bool(plan.question) and not plan.ops and plan.export is None, "expected a question")
    if plan.question:
        return False, f"asked: {plan.question}"
    if bool(exp["refusal"]) != bool(plan.refusal):
        return False, "expected a refusal" if exp["refusal"] else f"refused: {plan.refusal}"
    if _export(exp["export"] or None, draft) != _export(plan.export, draft):
        return False, f"export {plan.export} != {exp['export']}"
    expected = [parse_operation(o) for o in exp["ops"]]
    if not same_ops(expected, plan.ops, draft, row["text"]):
        return False, "ops differ"
    return True, ""


def labels(row: dict[str, Any]) -> list[str]:
    exp = row["expect"]
    out = [o["op"] for o in exp["ops"]]
    if exp["export"]:
        out.append(f"export:{exp['export']['format']}")
    if exp["question"]:
        out.append("(question)")
    if exp["refusal"]:
        out.append("(refusal)")
    if exp.get("answer"):
        out.append("(answer)")
    return out or ["(nothing)"]


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_split: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures: list[tuple[dict[str, Any], Plan, str]] = []
    harmful: dict[str, int] = defaultdict(int)
    correct = 0
    started = time.perf_counter()
    for row in rows:
        draft = row_draft(row)
        plan = parse(row["text"], row.get("lang", "en"), uploads(row), draft)
        ok, why = judge(row, plan)
        correct += ok
        if not ok and destructive(row, plan):
            harmful[row.get("split", "tuning")] += 1
            why += " [DESTRUCTIVE]"
        lang = "zh" if row.get("lang", "en").startswith("zh") else "en"
        by_lang[lang][0] += ok
        by_lang[lang][1] += 1
        split = row.get("split", "tuning")
        by_split[split][0] += ok
        by_split[split][1] += 1
        for label in set(labels(row)):
            per[label][0] += ok
            per[label][1] += 1
        if not ok:
            failures.append((row, plan, why))
    return {"correct": correct, "total": len(rows), "per": dict(per), "by_lang": dict(by_lang),
            "by_split": dict(by_split), "destructive": dict(harmful),
            "failures": failures, "seconds": time.perf_counter() - started}


def _evaluate_part(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One worker's share of evaluate_parallel: plans are left out (only their verdicts cross processes)."""
    result = evaluate(rows)
    result["failures"] = [(row, None, why) for row, _plan, why in result["failures"]]
    return result


def evaluate_parallel(rows: list[dict[str, Any]], workers: int = 2) -> dict[str, Any]:
    """evaluate() spread over processes - the planner is pure CPU and the file holds ~14000 rows. Workers
    are spawned (not forked: the caller may run threads) and import this module as `understanding`, so its
    folder must be on sys.path. Failures carry no plan."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    parts = [rows[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        results = list(pool.map(_evaluate_part, parts))
    merged: dict[str, Any] = {"correct": 0, "total": 0, "per": {}, "by_lang": {}, "by_split": {},
                              "destructive": {}, "failures": [], "seconds": 0.0}
    for result in results:
        merged["correct"] += result["correct"]
        merged["total"] += result["total"]
        for key in ("per", "by_lang", "by_split"):
            for name, (ok, n) in result[key].items():
                have = merged[key].setdefault(name, [0, 0])
                have[0] += ok
                have[1] += n
        for name, count in result["destructive"].items():
            merged["destructive"][name] = merged["destructive"].get(name, 0) + count
        merged["failures"] += result["failures"]
        merged["seconds"] = max(merged["seconds"], result["seconds"])
    return merged


def table(result: dict[str, Any]) -> str:
    lines = [f"{'operation':<22} {'correct':>7} {'total':>5} {'accuracy':>8}", "-" * 45]
    for name, (ok, n) in sorted(result["per"].items()):
        lines.append(f"{name:<22} {ok:>7} {n:>5} {100 * ok / n:>7.1f}%")
    lines.append("-" * 45)
    for lang, (ok, n) in sorted(result["by_lang"].items()):
        lines.append(f"{'language ' + lang:<22} {ok:>7} {n:>5} {100 * ok / n:>7.1f}%")
    lines.append("-" * 45)
    lines.append(f"{'set':<22} {'correct':>7} {'total':>5} {'now':>8}   blind (first run, before fixes)")
    for split, (ok, n) in sorted(result["by_split"].items()):
        blind = BLIND.get(split, "not recorded")
        lines.append(f"{'set ' + split:<22} {ok:>7} {n:>5} {100 * ok / n:>7.1f}%   {blind}")
    ok, n = result["correct"], result["total"]
    lines.append(f"{'OVERALL':<22} {ok:>7} {n:>5} {100 * ok / n:>7.1f}%")
    harmful = result.get("destructive", {})
    detail = ", ".join(f"{k} {v}" for k, v in sorted(harmful.items())) or "none"
    lines.append(f"destructive misreadings (plan removes or silences what the expected plan keeps): "
                 f"{sum(harmful.values())} ({detail})")
    lines.append(f"({result['seconds'] * 1000 / max(1, n):.1f} ms per request)")
    return "\n".join(lines)


def _show(plan: Plan) -> str:
    ops = [o.model_dump(exclude_unset=True) | {"op": o.op} for o in plan.ops if isinstance(o, s.OpBase)]
    return json.dumps({"ops": ops, "export": plan.export, "question": plan.question, "refusal": plan.refusal},
                      ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--failures", action="store_true", help="print every request that was not understood")
    args = ap.parse_args(argv)
    result = evaluate(load(args.data))
    print(table(result))
    if args.failures:
        for row, plan, why in result["failures"]:
            expected = json.dumps(row["expect"], ensure_ascii=False)
            print(f"\n#{row['id']} {row['text']!r}: {why}\n  expected {expected}\n  got      {_show(plan)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
