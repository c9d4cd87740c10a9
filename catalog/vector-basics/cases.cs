Example("n = 3", () => [3L]);
Example("n = 10", () => [10L]);

Hidden(Text("a random length", "隨機長度"),
    r => [(long)r.Next(4, 40)],
    Text("arange(n) starts at 0, stops before n, and gives int64.", "arange(n) 從 0 開始、在 n 之前停止，產生 int64。"));
Hidden(Text("a vector of one element", "只有一個元素的向量"),
    r => [1L],
    Text("Even one element is a vector of shape [1], not a scalar.", "即使只有一個元素，它也是形狀 [1] 的向量，不是純量。"));

Misconception<long>("starts-at-one",
    Text("The vector starts at 1: arange(n) gives 0, 1, ..., n-1.", "向量從 1 開始了：arange(n) 產生 0, 1, ..., n-1。"),
    Text("arange(n) starts at 0 and stops before n.", "arange(n) 從 0 開始，在 n 之前停止。"),
    n => (arange(1, n + 1), n, new[] { n }));
Misconception<long>("float-range",
    Text("The vector holds floats: arange with integer arguments gives int64, as in the course notes.", "向量是浮點數：以整數參數呼叫 arange 會產生 int64，與課堂筆記相同。"),
    Text("Call arange(n) without a dtype: integers give int64.", "呼叫 arange(n) 時不要指定 dtype：整數會得到 int64。"),
    n => (arange(n, dtype: float32), n, new[] { n }));
