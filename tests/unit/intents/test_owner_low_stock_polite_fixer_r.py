"""Owner family (fixer R): "which items are running low, please tell me" asked politely, with
the "tell me / let me know" word and the "things" word, in every language."""

from __future__ import annotations

import pytest

from intents.parse import parse
from intents.types import Intent


@pytest.mark.parametrize("text", [
    "Could you kindly let me know which items are getting low?",
    "kaun kaun sa saamaan kam ho raha hai, zara bata dijiye",
    "कौन कौन सा सामान कम हो रहा है, ज़रा बता दीजिए",
    "kon kon jinish kome jacche, ektu bolben",
    "কোন কোন জিনিস কমে আসছে, একটু জানাবেন",
    "enna enna saaman kammiya aagudhu, konjam sollunga",
    "ఏ ఏ సామాన్లు తక్కువ అవుతున్నాయి, కొంచెం చెప్పండి",
    "konte konte saman kami hot aahet, jara sanga",
    "kai kai vastu ochhi thai rahi che, jara kaho",
    "yava yava saamanu kadime aagta ide, swalpa heli",
    "ethokke saadhanangal kuranju varunnu, onnu parayamo",
    "kehde kehde saaman ghatt ho rahe ne, zara dasso",
    "kau kau jinisa kami asuchi, tike kahibe",
    "କେଉଁ କେଉଁ ଜିନିଷ କମି ଯାଉଛି, ଟିକେ କହିବେ",
    "kindly tell me which things need to be reordered",
    "enna ellam theeraporadhu, konjam sollunga",
    "ఏమేమి అయిపోవచ్చాయో చెప్పండి",
    "kai vastu khutva aavi che, janavjo",
])
def test_which_goods_run_low_asked_politely(text: str) -> None:
    result = parse(text, role="owner")
    assert result.intent == Intent.LOW_STOCK, result
