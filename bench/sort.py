"""Twin of sort.janet."""


def bench():
    seed = 12345

    def rand():
        nonlocal seed
        seed = (seed * 48271) % 2147483647
        return seed
    nums = [rand() for i in range(100000)]
    recs = [{"id": i, "score": rand() % 1000} for i in range(30000)]
    nums.sort()
    by_score = sorted(recs, key=lambda r: r["score"])
    return nums[0] + nums[-1] + by_score[0]["score"] + by_score[-1]["score"]
