e <- new.env(); load("wru_surnames2010_2017.RData", envir=e); a <- e$surnames2010
e2 <- new.env(); load("wru_surnames2010_2022.RData", envir=e2); b <- e2$surnames2010
a$surname <- as.character(a$surname); b$surname <- as.character(b$surname)
cat("identical 2017 vs 2022:", identical(a, b), "\n")
print(a[c(6,38,77,95,132,150,250),])
print(a[162250:162260,])
tail_rows <- a[162254:nrow(a),]
cat("tail rows:", nrow(tail_rows), " p_his==1:", sum(tail_rows$p_his==1), "\n")
head_rows <- a[1:162253,]
cat("head rows p_his==1:", sum(head_rows$p_his==1), " sum probs range:", range(rowSums(head_rows[,2:6])), "\n")
cat("levels not used:", setdiff(levels(e$surnames2010$surname), a$surname), "\n")
cat("dups:", sum(duplicated(a$surname)), "\n")
write.table(a, "wru_surnames2010.tsv", sep="\t", quote=FALSE, row.names=FALSE)
e3 <- new.env(); load("qss_cnames.rda", envir=e3); c <- e3$cnames
cat("cnames dups:", sum(duplicated(c$surname)), " sorted desc:", !is.unsorted(rev(c$count)), "\n")
print(c[c(1:3, 151669:151671),])
write.table(c, "qss_cnames2000.tsv", sep="\t", quote=FALSE, row.names=FALSE)
e4 <- new.env(); load("wru_surnames2000.RData", envir=e4); d <- e4$surnames2000; d$surname <- as.character(d$surname)
write.table(d, "wru_surnames2000.tsv", sep="\t", quote=FALSE, row.names=FALSE)
