"""Build intents/eval/test_catalog.csv: the catalog the intents evaluation set is labelled against.

Two parts:
- real quick-commerce listings from /work/shared/data/quickcommerce_products_8k.csv
  (MIT, (c) 2025 Chaitanya Chaudhari; see intents/eval/SOURCES.md), de-duplicated per platform,
  ids "QC-<platform>-<platform product id>";
- hand-written kirana staples that dataset lacks (atta, rice, dal, milk, vegetables, soap, …),
  ids "ST-0001"….

Ids are labels for the evaluation messages: never renumber a staple, only append new ones.

Run: .venv/bin/python intents/eval/build_test_catalog.py [--source PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = Path("/work/shared/data/quickcommerce_products_8k.csv")
DEFAULT_OUT = HERE / "test_catalog.csv"
NEEDED = HERE / "NEEDED_PRODUCTS.txt"
COLUMNS = ("product_id", "name", "brand", "category", "size", "price", "aliases")

# id; name; brand; size; price (rupees); aliases ("|"-separated). "# Heading" sets the category.
STAPLES = """
# Atta & Flours
ST-0001; Aashirvaad Shudh Chakki Atta; Aashirvaad; 1 kg; 62; gehun atta|wheat flour
ST-0002; Aashirvaad Shudh Chakki Atta; Aashirvaad; 5 kg; 285; gehun atta|wheat flour
ST-0003; Aashirvaad Shudh Chakki Atta; Aashirvaad; 10 kg; 545; gehun atta|wheat flour
ST-0004; Aashirvaad Multigrain Atta; Aashirvaad; 1 kg; 78; multigrain flour
ST-0005; Pillsbury Chakki Fresh Atta; Pillsbury; 1 kg; 58; wheat flour
ST-0006; Pillsbury Chakki Fresh Atta; Pillsbury; 5 kg; 265; wheat flour
ST-0007; Fortune Chakki Fresh Atta; Fortune; 5 kg; 255; wheat flour
ST-0008; Chakki Atta (Loose); ; 1 kg; 42; gehun atta|wheat flour
ST-0009; Rajdhani Besan; Rajdhani; 500 g; 62; gram flour|kadalai maavu
ST-0010; Fortune Besan; Fortune; 1 kg; 118; gram flour
ST-0011; Maida (Loose); ; 1 kg; 45; all purpose flour|refined flour
ST-0012; Rajdhani Maida; Rajdhani; 500 g; 32; all purpose flour|refined flour
ST-0013; Bombay Rava / Sooji (Loose); ; 500 g; 30; suji|semolina|rava
ST-0014; Rajdhani Suji; Rajdhani; 500 g; 36; sooji|semolina|rava
ST-0015; Ragi Flour (Loose); ; 500 g; 40; nachni|ragi hittu|finger millet flour
ST-0016; Rice Flour (Loose); ; 500 g; 35; arisi maavu|akki hittu
ST-0017; Bajra Flour (Loose); ; 500 g; 35; pearl millet flour
ST-0018; Jowar Flour (Loose); ; 500 g; 40; sorghum flour
ST-0019; Corn Flour; Weikfield; 100 g; 30; cornflour
# Rice
ST-0020; India Gate Basmati Rice Classic; India Gate; 1 kg; 215; basmati chawal
ST-0021; India Gate Basmati Rice Classic; India Gate; 5 kg; 950; basmati chawal
ST-0022; India Gate Feast Rozzana Basmati Rice; India Gate; 1 kg; 110; basmati chawal
ST-0023; India Gate Feast Rozzana Basmati Rice; India Gate; 5 kg; 520; basmati chawal
ST-0024; Daawat Rozana Super Basmati Rice; Daawat; 1 kg; 98; basmati chawal
ST-0025; Daawat Rozana Super Basmati Rice; Daawat; 5 kg; 475; basmati chawal
ST-0026; Daawat Traditional Basmati Rice; Daawat; 1 kg; 185; basmati chawal
ST-0027; Sona Masoori Rice (Loose); ; 1 kg; 64; sona masuri|raw rice
ST-0028; Sona Masoori Rice (Loose); ; 5 kg; 310; sona masuri|raw rice
ST-0029; Sona Masoori Raw Rice; 24 Mantra Organic; 1 kg; 110; sona masuri
ST-0030; Ponni Boiled Rice (Loose); ; 1 kg; 62; ponni arisi|boiled rice
ST-0031; Ponni Boiled Rice (Loose); ; 5 kg; 295; ponni arisi|boiled rice
ST-0032; Kolam Rice (Loose); ; 1 kg; 68; kolam
ST-0033; Kolam Rice (Loose); ; 5 kg; 330; kolam
ST-0034; Idli Rice (Loose); ; 1 kg; 52; idli arisi|parboiled rice
ST-0035; Nirapara Kerala Matta Rice; Nirapara; 1 kg; 72; matta rice|rose matta|red rice
ST-0036; Gobindobhog Rice; ; 1 kg; 140; gobindobhog chal
ST-0037; Thick Poha (Loose); ; 500 g; 35; chivda|avalakki|aval|flattened rice|pohe
ST-0038; Thin Poha (Loose); ; 500 g; 38; chivda|avalakki|aval|flattened rice|pohe
ST-0039; Sabudana (Loose); ; 500 g; 55; sago|javvarisi
ST-0040; Murmura (Puffed Rice, Loose); ; 250 g; 25; puffed rice|kurmura|mandakki|pori|muri
# Dals & Pulses
ST-0041; Toor Dal (Loose); ; 1 kg; 165; arhar dal|tuvar dal|pigeon pea|thuvaram paruppu|kandi pappu|togari bele
ST-0042; Toor Dal (Loose); ; 500 g; 85; arhar dal|tuvar dal|pigeon pea|thuvaram paruppu|kandi pappu|togari bele
ST-0043; Tata Sampann Unpolished Toor Dal; Tata Sampann; 1 kg; 199; arhar dal|tuvar dal
ST-0044; Moong Dal (Loose); ; 1 kg; 135; yellow moong dal|split green gram|pasi paruppu|pesara pappu|hesaru bele
ST-0045; Tata Sampann Unpolished Moong Dal; Tata Sampann; 500 g; 89; yellow moong dal
ST-0046; Chana Dal (Loose); ; 1 kg; 95; bengal gram dal|kadalai paruppu|senaga pappu|kadale bele
ST-0047; Tata Sampann Unpolished Chana Dal; Tata Sampann; 1 kg; 125; bengal gram dal
ST-0048; White Urad Dal (Loose); ; 1 kg; 150; split black gram|ulundu|minapa pappu|uddina bele
ST-0049; Whole Black Urad Dal (Loose); ; 500 g; 80; sabut urad|black gram whole
ST-0050; Masoor Dal (Loose); ; 1 kg; 110; red lentil|musur dal
ST-0051; Green Moong Whole (Loose); ; 500 g; 70; sabut moong|green gram|pachai payaru|pesalu
ST-0052; Rajma (Loose); ; 500 g; 95; kidney beans
ST-0053; Kabuli Chana (Loose); ; 1 kg; 150; chickpeas|chole|safed chana
ST-0054; Kala Chana (Loose); ; 1 kg; 95; black chana|brown chickpeas
ST-0055; Peanuts (Loose); ; 500 g; 80; moongphali|groundnut|shengdana|verkadalai|palli|kadalekai
ST-0056; Fried Gram (Loose); ; 250 g; 40; pottukadalai|dalia|putani|bhuna chana
# Edible Oils & Ghee
ST-0057; Fortune Sunlite Refined Sunflower Oil; Fortune; 1 L; 155; sunflower oil
ST-0058; Fortune Sunlite Refined Sunflower Oil; Fortune; 5 L; 760; sunflower oil
ST-0059; Saffola Gold Refined Oil; Saffola; 1 L; 195; refined oil
ST-0060; Freedom Refined Sunflower Oil; Freedom; 1 L; 145; sunflower oil
ST-0061; Gold Winner Refined Sunflower Oil; Gold Winner; 1 L; 150; sunflower oil
ST-0062; Fortune Kachi Ghani Mustard Oil; Fortune; 1 L; 175; sarson ka tel|mustard oil
ST-0063; Engine Kachi Ghani Mustard Oil; Engine; 1 L; 180; sarson ka tel|mustard oil
ST-0064; Dhara Kachi Ghani Mustard Oil; Dhara; 1 L; 170; sarson ka tel|mustard oil
ST-0065; Fortune Filtered Groundnut Oil; Fortune; 1 L; 210; moongphali tel|groundnut oil|peanut oil|kadalai ennai
ST-0066; Gold Winner Groundnut Oil; Gold Winner; 1 L; 205; groundnut oil|peanut oil
ST-0067; Idhayam Gingelly Oil; Idhayam; 500 ml; 230; sesame oil|til oil|nallennai
ST-0068; Parachute Coconut Oil; Parachute; 500 ml; 215; nariyal tel|coconut oil|thengai ennai
ST-0069; KPL Shudhi Coconut Oil; KPL; 1 L; 380; coconut oil|velichenna
ST-0070; Amul Pure Ghee; Amul; 1 L; 650; desi ghee|cow ghee|neyyi
ST-0071; Amul Pure Ghee; Amul; 500 ml; 330; desi ghee|neyyi
ST-0072; Aashirvaad Svasti Pure Cow Ghee; Aashirvaad; 1 L; 660; cow ghee
ST-0073; GRB Ghee; GRB; 500 ml; 340; neyyi|cow ghee
ST-0074; Patanjali Cow Ghee; Patanjali; 1 L; 640; desi ghee
ST-0075; Dalda Vanaspati; Dalda; 1 L; 165; vanaspati ghee
# Dairy
ST-0076; Amul Taaza Toned Milk; Amul; 500 ml; 28; doodh|toned milk
ST-0077; Amul Taaza Toned Milk; Amul; 1 L; 56; doodh|toned milk
ST-0078; Amul Gold Full Cream Milk; Amul; 500 ml; 34; doodh|full cream milk
ST-0079; Mother Dairy Toned Milk; Mother Dairy; 500 ml; 28; doodh|toned milk
ST-0080; Nandini Toned Milk; Nandini; 500 ml; 24; haalu|toned milk
ST-0081; Aavin Toned Milk; Aavin; 500 ml; 22; paal|toned milk
ST-0082; Heritage Toned Milk; Heritage; 500 ml; 30; palu|toned milk
ST-0083; Amul Masti Dahi; Amul; 400 g; 35; curd|dahi|yogurt
ST-0084; Mother Dairy Classic Dahi; Mother Dairy; 400 g; 40; curd|dahi
ST-0085; Nandini Curd; Nandini; 500 g; 28; mosaru|curd
ST-0086; Amul Masti Spiced Buttermilk; Amul; 500 ml; 30; chaas|chaach|majjige|mor
ST-0087; Amul Malai Paneer; Amul; 200 g; 90; paneer|cottage cheese
ST-0088; Mother Dairy Paneer; Mother Dairy; 200 g; 95; paneer|cottage cheese
ST-0089; Fresh Paneer (Loose); ; 250 g; 110; paneer
ST-0090; Amul Butter; Amul; 100 g; 58; makhan|butter
ST-0091; Amul Butter; Amul; 500 g; 285; makhan|butter
ST-0092; Amul Cheese Slices; Amul; 200 g; 145; cheese
ST-0093; Amul Fresh Cream; Amul; 250 ml; 70; malai|cream
# Eggs
ST-0094; Farm Fresh White Eggs; ; 6 pcs; 48; anda|ande|egg|muttai|guddu|motte
ST-0095; Farm Fresh White Eggs; ; 12 pcs; 90; anda|ande|egg|muttai|guddu|motte
ST-0096; Farm Fresh White Eggs; ; 30 pcs; 210; anda tray|egg tray
ST-0097; Eggoz Farm Fresh Brown Eggs; Eggoz; 6 pcs; 75; brown eggs|anda
# Bakery
ST-0098; Britannia White Bread; Britannia; 400 g; 45; bread|double roti|pav
ST-0099; Britannia 100% Whole Wheat Bread; Britannia; 400 g; 55; brown bread|atta bread
ST-0100; Harvest Gold White Bread; Harvest Gold; 450 g; 50; bread|double roti
ST-0101; Modern Sandwich Bread; Modern; 400 g; 45; bread
ST-0102; Ladi Pav (Loose); ; 6 pcs; 30; pav|paav|bun
ST-0103; Britannia Rusk; Britannia; 200 g; 45; toast|rusk
# Fruits & Vegetables
ST-0104; Onion (Loose); ; 1 kg; 40; pyaz|pyaaz|kanda|vengayam|ullipaya|eerulli|ulli|peyaj|dungri
ST-0105; Onion (Loose); ; 5 kg; 190; pyaz|pyaaz|kanda
ST-0106; Potato (Loose); ; 1 kg; 35; aloo|batata|urulaikizhangu|bangaladumpa|alugadde|alu
ST-0107; Potato (Loose); ; 5 kg; 165; aloo|batata
ST-0108; Tomato (Loose); ; 1 kg; 40; tamatar|thakkali|tamata|tomatoes
ST-0109; Ginger (Loose); ; 100 g; 15; adrak|inji|allam|shunti|ada
ST-0110; Garlic (Loose); ; 100 g; 30; lahsun|lehsun|poondu|vellulli|bellulli|rasun
ST-0111; Green Chilli (Loose); ; 100 g; 10; hari mirch|pachai milagai|pachi mirapakaya|hasi menasinakai|mirchi
ST-0112; Coriander Leaves; ; 100 g; 12; dhaniya patta|hara dhania|kothamalli|kothimeer|kothambari|cilantro
ST-0113; Curry Leaves; ; 50 g; 10; kadi patta|karuveppilai|karivepaku|karibevu|kadhi patta
ST-0114; Mint Leaves; ; 100 g; 12; pudina|pudhina
ST-0115; Lemon (Loose); ; 4 pcs; 20; nimbu|limbu|elumichai|nimmakaya|nimbe|lime
ST-0116; Robusta Banana; ; 1 dozen; 60; kela|kele|vazhaipazham|arati pandu|balehannu|kola
ST-0117; Shimla Apple; ; 1 kg; 180; seb|apple
ST-0118; Coconut (Loose); ; 1 pcs; 35; nariyal|thengai|kobbari|tenginakai|narkel
ST-0119; Cucumber (Loose); ; 500 g; 25; kheera|kakdi|vellarikka|dosakaya|southekai
ST-0120; Carrot (Loose); ; 500 g; 30; gajar|carrots
ST-0121; Cabbage (Loose); ; 1 pcs; 30; patta gobhi|muttaikose|kosu|bandh gobhi
ST-0122; Cauliflower (Loose); ; 1 pcs; 40; phool gobhi|gobi
ST-0123; Brinjal (Loose); ; 500 g; 30; baingan|kathirikkai|vankaya|badane|vangi|eggplant
ST-0124; Lady Finger (Loose); ; 500 g; 30; bhindi|okra|vendakkai|bendakaya|bende
ST-0125; Green Capsicum; ; 250 g; 25; shimla mirch|bell pepper
ST-0126; French Beans; ; 250 g; 25; beans|farasbi
ST-0127; Spinach (Palak); ; 250 g; 20; palak|keerai|palakura|palya
ST-0128; Methi Leaves; ; 250 g; 20; fenugreek leaves|menthya soppu
ST-0129; Bottle Gourd (Lauki); ; 1 pcs; 30; lauki|dudhi|sorakaya|suraikkai|ghia
ST-0130; Bitter Gourd (Karela); ; 250 g; 20; karela|pavakkai|kakarakaya|hagalakai
ST-0131; Drumstick; ; 250 g; 25; murungakkai|sahjan|shevga|nuggekai|munagakaya
ST-0132; Beetroot (Loose); ; 500 g; 30; chukandar|beet
ST-0133; Radish (Mooli); ; 500 g; 25; mooli|mullangi
ST-0134; Sweet Potato; ; 500 g; 30; shakarkandi|sakkaravalli
ST-0135; Yellow Pumpkin; ; 1 kg; 40; kaddu|poosanikai|kumra
# Sugar, Salt & Jaggery
ST-0136; Sugar (Loose); ; 1 kg; 46; cheeni|chini|sakkarai|chakkera|sakkare|shakkar
ST-0137; Madhur Pure Sugar; Madhur; 1 kg; 58; cheeni|sugar
ST-0138; Madhur Pure Sugar; Madhur; 5 kg; 265; cheeni|sugar
ST-0139; Tata Salt; Tata; 1 kg; 28; namak|uppu|iodised salt|mith|noon
ST-0140; Aashirvaad Iodised Salt; Aashirvaad; 1 kg; 26; namak|uppu
ST-0141; Tata Salt Lite; Tata; 1 kg; 45; low sodium salt
ST-0142; Rock Salt (Sendha Namak); ; 500 g; 60; sendha namak|upvas salt|saindhav
ST-0143; Jaggery (Block, Loose); ; 1 kg; 70; gud|gur|bellam|vellam|bella|gul
ST-0144; Jaggery Powder; ; 500 g; 60; gud powder|gur powder|nattu sakkarai
# Tea & Coffee
ST-0145; Tata Tea Premium; Tata Tea; 250 g; 150; chai patti|chai|tea powder
ST-0146; Tata Tea Premium; Tata Tea; 1 kg; 560; chai patti|chai
ST-0147; Tata Tea Gold; Tata Tea; 500 g; 325; chai patti|chai
ST-0148; Brooke Bond Red Label Tea; Red Label; 250 g; 145; chai patti|chai
ST-0149; Brooke Bond Red Label Tea; Red Label; 500 g; 285; chai patti|chai
ST-0150; Brooke Bond Taj Mahal Tea; Taj Mahal; 250 g; 190; chai patti|chai
ST-0151; Wagh Bakri Premium Leaf Tea; Wagh Bakri; 250 g; 140; chai patti|chai
ST-0152; Brooke Bond Taaza Tea; Taaza; 250 g; 120; chai patti|chai
ST-0153; Nescafe Classic Instant Coffee; Nescafe; 50 g; 195; coffee
ST-0154; Bru Instant Coffee; Bru; 50 g; 140; coffee
ST-0155; Bru Green Label Filter Coffee; Bru; 500 g; 320; filter coffee|kaapi
ST-0156; Narasus Filter Coffee; Narasus; 500 g; 300; filter coffee|kaapi
# Breakfast & Instant Food
ST-0157; Maggi 2-Minute Masala Noodles; Maggi; 70 g; 14; maggi|noodles
ST-0158; Maggi 2-Minute Masala Noodles; Maggi; 280 g; 56; maggi 4 pack|noodles
ST-0159; Maggi 2-Minute Masala Noodles; Maggi; 560 g; 112; maggi 8 pack|noodles
ST-0160; Maggi Atta Noodles; Maggi; 72 g; 25; atta maggi
ST-0161; Sunfeast Yippee Magic Masala Noodles; Yippee; 70 g; 15; yippee noodles
ST-0162; Top Ramen Curry Noodles; Top Ramen; 70 g; 15; noodles
ST-0163; Chings Secret Hakka Noodles; Chings Secret; 150 g; 40; hakka noodles|chowmein
ST-0164; Bambino Vermicelli; Bambino; 400 g; 50; seviyan|semiya|sevai
ST-0165; MTR Rava Idli Mix; MTR; 500 g; 140; idli mix
ST-0166; MTR Gulab Jamun Mix; MTR; 175 g; 110; jamun mix
ST-0167; Kelloggs Corn Flakes; Kelloggs; 475 g; 210; cornflakes
ST-0168; Quaker Oats; Quaker; 1 kg; 199; oats
ST-0169; Saffola Masala Oats; Saffola; 40 g; 15; oats
ST-0170; Kissan Fresh Tomato Ketchup; Kissan; 850 g; 125; ketchup|sauce
ST-0171; Maggi Hot & Sweet Tomato Chilli Sauce; Maggi; 500 g; 140; sauce|ketchup
ST-0172; Kissan Mixed Fruit Jam; Kissan; 500 g; 185; jam
ST-0173; Dabur Honey; Dabur; 250 g; 125; shahad|madhu|honey
ST-0174; Lijjat Udad Papad; Lijjat; 200 g; 70; papad|appalam|happala
ST-0175; Mothers Recipe Mango Pickle; Mothers Recipe; 500 g; 130; aam ka achar|pickle|avakaya|mango pickle
ST-0176; Tamarind (Loose); ; 250 g; 50; imli|puli|chintapandu|hunase
# Spices
ST-0177; Jeera (Loose); ; 100 g; 60; cumin|jeeragam|jeelakarra|jeerige|jira
ST-0178; Mustard Seeds (Loose); ; 100 g; 20; rai|sarson|kadugu|avalu|sasive|mohori
ST-0179; Methi Seeds (Loose); ; 100 g; 20; fenugreek seeds|vendhayam|menthulu|menthe
ST-0180; Whole Black Pepper (Loose); ; 50 g; 55; kali mirch|milagu|miriyalu|menasu
ST-0181; Whole Dry Red Chilli (Loose); ; 100 g; 40; sukhi lal mirch|kashmiri mirch|vara milagai|endu mirapa|byadagi
ST-0182; LG Compounded Hing; LG; 50 g; 110; hing|asafoetida|perungayam|inguva|ingu
ST-0183; Cloves (Loose); ; 50 g; 70; laung|lavang|kirambu
ST-0184; Green Cardamom (Loose); ; 50 g; 160; elaichi|elakkai|yelakki
ST-0185; Cinnamon (Loose); ; 50 g; 40; dalchini|pattai|chakke
ST-0186; Everest Turmeric Powder; Everest; 100 g; 38; haldi|manjal|pasupu|arishina
ST-0187; Everest Kashmirilal Chilli Powder; Everest; 100 g; 80; lal mirch powder|red chilli powder
ST-0188; MDH Garam Masala; MDH; 100 g; 90; garam masala
# Biscuits & Snacks
ST-0189; Parle-G Original Gluco Biscuits; Parle; 65 g; 10; parle g|glucose biscuit
ST-0190; Parle-G Original Gluco Biscuits; Parle; 800 g; 90; parle g|glucose biscuit
ST-0191; Britannia Marie Gold; Britannia; 250 g; 40; marie biscuit
ST-0192; Britannia Good Day Cashew Cookies; Britannia; 200 g; 40; good day biscuit
ST-0193; Parle Monaco Classic; Parle; 120 g; 30; monaco biscuit
ST-0194; Parle Hide & Seek Chocolate Chip Cookies; Parle; 100 g; 30; hide and seek
ST-0195; Britannia Bourbon; Britannia; 150 g; 35; bourbon biscuit
ST-0196; Parle Krackjack; Parle; 200 g; 30; krack jack
ST-0197; Oreo Vanilla Creme Biscuit; Oreo; 120 g; 35; oreo biscuit
ST-0198; Haldirams Aloo Bhujia; Haldirams; 200 g; 60; bhujia|namkeen
ST-0199; Haldirams Khatta Meetha; Haldirams; 200 g; 60; namkeen|mixture
ST-0200; Lays Classic Salted Chips; Lays; 50 g; 20; chips|wafers
ST-0201; Kurkure Masala Munch; Kurkure; 90 g; 20; kurkure
ST-0202; Bingo Mad Angles Achaari Masti; Bingo; 66 g; 20; mad angles
# Beverages
ST-0203; Bournvita Health Drink; Cadbury; 500 g; 250; bournvita
ST-0204; Horlicks Classic Malt; Horlicks; 500 g; 275; horlicks
ST-0205; Boost Health Drink; Boost; 450 g; 260; boost
ST-0206; Glucon-D Regular; Glucon-D; 500 g; 120; glucose powder
ST-0207; Rasna Orange Instant Drink Mix; Rasna; 500 g; 160; rasna
ST-0208; Coca-Cola Soft Drink; Coca-Cola; 750 ml; 40; coke|cold drink
ST-0209; Thums Up Soft Drink; Thums Up; 750 ml; 40; thumsup|cold drink
ST-0210; Sprite Soft Drink; Sprite; 750 ml; 40; cold drink
ST-0211; Maaza Mango Drink; Maaza; 600 ml; 38; mango drink
ST-0212; Bisleri Packaged Drinking Water; Bisleri; 1 L; 20; water bottle|paani|mineral water
# Personal Care
ST-0213; Lux Soft Glow Soap; Lux; 100 g; 38; nahane ka sabun|bath soap|soap
ST-0214; Lifebuoy Total 10 Soap; Lifebuoy; 100 g; 32; sabun|bath soap|soap
ST-0215; Dettol Original Soap; Dettol; 125 g; 55; sabun|bath soap|soap
ST-0216; Santoor Sandal & Turmeric Soap; Santoor; 100 g; 38; sabun|bath soap|soap
ST-0217; Hamam Neem Tulsi Soap; Hamam; 150 g; 48; sabun|bath soap|soap
ST-0218; Medimix Ayurvedic Soap; Medimix; 125 g; 45; sabun|bath soap|soap
ST-0219; Cinthol Original Soap; Cinthol; 100 g; 40; sabun|bath soap|soap
ST-0220; Colgate Strong Teeth Toothpaste; Colgate; 200 g; 118; toothpaste|manjan|paste
ST-0221; Colgate Strong Teeth Toothpaste; Colgate; 100 g; 62; toothpaste|paste
ST-0222; Closeup Red Hot Gel Toothpaste; Closeup; 150 g; 105; toothpaste|paste
ST-0223; Pepsodent Germicheck Toothpaste; Pepsodent; 150 g; 95; toothpaste|paste
ST-0224; Dabur Red Paste; Dabur; 200 g; 125; toothpaste|manjan|paste
ST-0225; Colgate ZigZag Toothbrush; Colgate; 1 pcs; 40; brush|toothbrush
ST-0226; Clinic Plus Strong & Long Shampoo; Clinic Plus; 175 ml; 110; shampoo
ST-0227; Head & Shoulders Anti Dandruff Shampoo; Head & Shoulders; 180 ml; 190; shampoo
ST-0228; Parachute Advansed Coconut Hair Oil; Parachute; 300 ml; 165; hair oil|baalon ka tel
ST-0229; Dabur Amla Hair Oil; Dabur; 275 ml; 150; hair oil|amla oil
ST-0230; Dettol Original Handwash; Dettol; 200 ml; 99; hand wash
ST-0231; Gillette Guard Razor; Gillette; 1 pcs; 30; razor|blade
ST-0232; Whisper Choice Sanitary Pads; Whisper; 7 pcs; 45; pads|sanitary napkin
ST-0233; Nivea Soft Cream; Nivea; 100 ml; 150; cream|moisturiser
ST-0234; Vicks VapoRub; Vicks; 25 g; 95; vicks
# Household
ST-0235; Surf Excel Easy Wash Detergent Powder; Surf Excel; 1 kg; 140; washing powder|detergent|kapde dhone ka powder
ST-0236; Surf Excel Easy Wash Detergent Powder; Surf Excel; 500 g; 72; washing powder|detergent
ST-0237; Ariel Complete Detergent Powder; Ariel; 1 kg; 290; washing powder|detergent
ST-0238; Tide Plus Double Power Detergent Powder; Tide; 1 kg; 135; washing powder|detergent
ST-0239; Wheel Active 2 in 1 Detergent Powder; Wheel; 1 kg; 75; washing powder|detergent
ST-0240; Nirma Washing Powder; Nirma; 1 kg; 55; washing powder|detergent
ST-0241; Rin Detergent Bar; Rin; 250 g; 22; kapde ka sabun|washing soap|detergent bar
ST-0242; Surf Excel Detergent Bar; Surf Excel; 250 g; 30; kapde ka sabun|washing soap|detergent bar
ST-0243; Vim Dishwash Bar; Vim; 300 g; 30; bartan sabun|dishwash bar|vim bar
ST-0244; Vim Dishwash Liquid Gel; Vim; 500 ml; 115; dishwash liquid
ST-0245; Exo Dishwash Bar; Exo; 250 g; 25; bartan sabun|dishwash bar
ST-0246; Harpic Power Plus Toilet Cleaner; Harpic; 500 ml; 110; toilet cleaner
ST-0247; Lizol Citrus Floor Cleaner; Lizol; 500 ml; 115; floor cleaner|phenyl
ST-0248; Colin Glass Cleaner; Colin; 500 ml; 110; glass cleaner
ST-0249; Good Knight Gold Flash Refill; Good Knight; 45 ml; 85; mosquito refill|machhar
ST-0250; All Out Ultra Refill; All Out; 45 ml; 85; mosquito refill|machhar
ST-0251; Mortein Mosquito Coil; Mortein; 10 pcs; 40; machhar coil|mosquito coil
ST-0252; Ship Safety Matches; Ship; 10 pcs; 20; matchbox|machis|maachis|theepetti|agaggipetti|benki potna|kaddi pette
ST-0253; Scotch-Brite Scrub Pad; Scotch-Brite; 3 pcs; 60; scrubber|bartan scrub
ST-0254; Medium Garbage Bags; ; 30 pcs; 90; dustbin bag|kachra bag
ST-0255; Eveready AA Battery; Eveready; 2 pcs; 40; cell|battery
ST-0256; Aluminium Foil; Freshwrapp; 1 pack; 90; foil
# Pooja Needs
ST-0257; Cycle Three in One Pure Agarbathies; Cycle; 1 pack; 55; agarbatti|agarbathi|incense sticks|udbatti|oodhubathi|dhoop
ST-0258; Mangaldeep Sandal Agarbatti; Mangaldeep; 1 pack; 50; agarbatti|agarbathi|incense sticks
ST-0259; Camphor Tablets; Mangaldeep; 50 g; 75; kapoor|karpuram|karpura|camphor
ST-0260; Pooja Cotton Wicks; ; 1 pack; 20; batti|diya batti|thiri|vathi
ST-0261; Deepam Oil; ; 500 ml; 90; pooja oil|diya oil|vilakku ennai
ST-0262; Wax Candles; ; 6 pcs; 30; mombatti|candle
# Personal Care
ST-0263; Mysore Sandal Soap; Mysore Sandal; 125 g; 80; sandal soap|mysore sandal
"""

_MEASURE = re.compile(r"(\d+(?:\.\d+)?)\s*(kg|gms|gm|g|ml|ltr|l)\b", re.IGNORECASE)
_MULTI = re.compile(r"^(\d+)\s*x\s*(\d+(?:\.\d+)?)\s*(kg|gms|gm|g|ml|ltr|l)\b", re.IGNORECASE)
_COUNT = re.compile(r"(\d+)\s*(pieces|piece|pcs|sachets|tablets|pellets|units)\b", re.IGNORECASE)
_UNIT_OUT = {"kg": "kg", "g": "g", "gm": "g", "gms": "g", "ml": "ml", "l": "L", "ltr": "L"}


def _number(text: str) -> str:
    value = float(text)
    return str(int(value)) if value.is_integer() else f"{value:g}"


def normalise_size(grammage: str) -> str:
    """"90  ml" -> "90 ml", "3 x 100 ml" -> "300 ml", "1 pack (12 pieces)" -> "12 pcs", "2 combo" -> ""."""
    text = " ".join(grammage.split())
    multi = _MULTI.match(text)
    if multi and float(multi.group(2)) > 0:
        total = int(multi.group(1)) * float(multi.group(2))
        return f"{_number(str(total))} {_UNIT_OUT[multi.group(3).lower()]}"
    measure = _MEASURE.search(text)
    if measure and float(measure.group(1)) > 0:
        return f"{_number(measure.group(1))} {_UNIT_OUT[measure.group(2).lower()]}"
    count = _COUNT.search(text)
    if count:
        return f"{int(count.group(1))} pcs"
    if "pack" in text.lower():
        return "1 pack"
    return ""


def quickcommerce_rows(source: Path) -> Iterator[dict[str, str]]:
    seen_ids: set[str] = set()
    seen_titles: set[tuple[str, str, str]] = set()
    with source.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            platform = row["gc_platform"].strip().lower()
            raw_id = row["product_id"].strip()
            title = " ".join(row["title"].split())
            mrp = row["mrp"].strip()
            if not (platform and raw_id and title and mrp):
                continue  # a shop needs a name and a price
            product_id = f"QC-{platform}-{raw_id}"
            title_key = (platform, title.lower(), row["grammage"].strip().lower())
            if product_id in seen_ids or title_key in seen_titles:
                continue
            seen_ids.add(product_id)
            seen_titles.add(title_key)
            yield {
                "product_id": product_id,
                "name": title,
                "brand": row["brand"].strip(),
                "category": row["Category"].strip(),
                "size": normalise_size(row["grammage"]),
                "price": _number(mrp),
                # The titles already carry their regional names ("Powder/Dhania"); the
                # matcher reads those from the name, so no aliases are derived.
                "aliases": "",
            }


def staple_rows(block: str = STAPLES) -> Iterator[dict[str, str]]:
    category = ""
    for number, line in enumerate(block.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            category = line.lstrip("#").strip()
            continue
        parts = [part.strip() for part in line.split(";")]
        if len(parts) != 6:
            raise ValueError(f"staple line {number}: expected 6 fields, got {len(parts)}: {line!r}")
        product_id, name, brand, size, price, aliases = parts
        yield {
            "product_id": product_id,
            "name": name,
            "brand": brand,
            "category": category,
            "size": size,
            "price": price,
            "aliases": aliases,
        }


def build(source: Path, out: Path) -> int:
    rows = list(staple_rows())
    if NEEDED.exists():  # products the evaluation set needs: each must be a staple by now
        names = " | ".join(row["name"].lower() for row in rows)
        for line in NEEDED.read_text(encoding="utf-8").splitlines():
            wanted = line.split("(")[0].strip().lower()
            if wanted and not wanted.startswith("#") and wanted not in names:
                print(f"note: {NEEDED.name} asks for {wanted!r}: add it to STAPLES", file=sys.stderr)
    rows.extend(quickcommerce_rows(source))
    ids = [row["product_id"] for row in rows]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate product ids in the test catalog")
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    if not args.source.exists():
        print(f"source {args.source} not found", file=sys.stderr)
        return 1
    count = build(args.source, args.out)
    print(f"wrote {count} products to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
