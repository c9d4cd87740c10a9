Example("A = arange(4, dtype: float32).reshape(2, 2), B = tensor(new float[,] { { 0, 1 }, { 1, 0 } })", () => [arange(4, dtype: float32).reshape(2, 2), tensor(new float[,] { { 0, 1 }, { 1, 0 } })]);
Example("A = arange(6).reshape(2, 3), B = ones(3, 4, dtype: int64)", () => [arange(6).reshape(2, 3), ones(3, 4, dtype: int64)]);

Hidden(Text("random square matrices", "隨機方陣"),
    r =>
    {
        var n = r.Next(2, 6);
        return [RandomFloats(r, [n, n]), RandomFloats(r, [n, n])];
    },
    Text("Matrix multiplication is not commutative: AB ≠ BA.", "矩陣乘法沒有交換律：AB ≠ BA。"));
Hidden(Text("random rectangular matrices", "隨機長方形矩陣"),
    r =>
    {
        var n = r.Next(2, 5);
        var k = n + 1;
        var m = r.Next(2, 5);
        return [RandomInts(r, [n, k], -5, 5), RandomInts(r, [k, m], -5, 5)];
    },
    Text("An n × k matrix times a k × m matrix is n × m.", "n × k 矩陣乘以 k × m 矩陣得到 n × m。"));

Misconception<Tensor, Tensor>("operands-swapped",
    Text("You computed BA; the exercise asks for AB, and the order matters.", "你算的是 BA；題目要的是 AB，順序很重要。"),
    Text("C = AB: row i of A with column j of B. Write A.mm(B).", "C = AB：A 的第 i 列與 B 的第 j 行。請寫 A.mm(B)。"),
    (A, B) => A.shape[0] == B.shape[1] ? B.mm(A) : null);
Misconception<Tensor, Tensor>("hadamard",
    Text("You computed the elementwise (Hadamard) product A * B; a matrix product sums row-times-column.", "你算的是逐元素（Hadamard）乘積 A * B；矩陣乘法是把列乘以行再加總。"),
    Text("* multiplies element by element; the matrix product is A.mm(B) (or A.matmul(B)).", "* 是逐元素相乘；矩陣乘法是 A.mm(B)（或 A.matmul(B)）。"),
    (A, B) => A.shape.SequenceEqual(B.shape) ? A * B : null);

Misconception<Tensor, Tensor>("first-transposed",
    Text("You multiplied Aᵀ by B; the product AB takes the rows of A as they are.", "你算的是 Aᵀ 乘以 B；AB 直接使用 A 的各列。"),
    Text("C[i, j] is row i of A dotted with column j of B: A.mm(B), with no transpose.", "C[i, j] 是 A 的第 i 列與 B 的第 j 行的內積：A.mm(B)，不需要轉置。"),
    (A, B) => A.shape[0] == A.shape[1] ? A.T.mm(B) : null);
