SRC = ''.join(open('/tmp/e19/p%d.txt' % i).read() for i in range(1, 9))
