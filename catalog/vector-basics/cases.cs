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

Misconception<long>("length-is-last-index",
    Text("length is n − 1, the last index; len(x) counts the elements, which is n.", "length 算成了 n − 1，也就是最後一個索引；len(x) 是元素的個數，也就是 n。"),
    Text("x.shape[0] is the number of elements along the only axis.", "x.shape[0] 是唯一那一軸上的元素個數。"),
    n => (arange(n), n - 1, new[] { n }));
Misconception<long>("shape-as-matrix",
    Text("shape has two entries, as for a 1 × n matrix; a vector has one axis, so its shape has one entry: [n].", "shape 有兩個值，像是 1 × n 的矩陣；向量只有一個軸，所以形狀只有一個值：[n]。"),
    Text("Return x.shape itself; for arange(3) it is [3].", "直接傳回 x.shape；arange(3) 的形狀是 [3]。"),
    n => (arange(n), n, new[] { 1, n }));
